package org.reviewactions.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimescaleParserTest {

  /** Absolute timescales do not depend on the publication date, so any will do for them. */
  private static final LocalDate ANY_PUBLICATION = LocalDate.of(2006, 2, 15);
  private static final LocalDate SWINDON_PUBLISHED = LocalDate.of(2016, 11, 30);

  private final TimescaleParser parser = new TimescaleParser();

  private ParsedTimescale parse(String text) {
    return parser.parse(text, ANY_PUBLICATION);
  }

  private static void assertReads(ParsedTimescale result, LocalDate start, LocalDate due, Period cadence,
                                  boolean needsConfirmation) {
    assertThat(result.startDate()).as("start date in %s", result).isEqualTo(start);
    assertThat(result.dueDate()).as("due date in %s", result).isEqualTo(due);
    assertThat(result.reviewCadence()).as("review cadence in %s", result).isEqualTo(cadence);
    assertThat(result.needsConfirmation()).as("needs confirmation in %s", result).isEqualTo(needsConfirmation);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  @DisplayName("timescales from real published plans")
  class RealPlans {

    @ParameterizedTest(name = "Kingston 004: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        March – Sept 2006                                                 | 2006-03-01 | 2006-09-30 |     | false
        April 2006-March 2007 monitored quarterly by LSCB                 | 2006-04-01 | 2007-03-31 | P3M | false
        September 2006                                                    |            | 2006-09-30 |     | false
        May 2006                                                          |            | 2006-05-31 |     | false
        March 2006                                                        |            | 2006-03-31 |     | false
        April 2003 – Dec 2005                                             | 2003-04-01 | 2005-12-31 |     | false
        December 2006                                                     |            | 2006-12-31 |     | false
        April 2006-March 2007 monitored on a quarterly basis.             | 2006-04-01 | 2007-03-31 | P3M | false
        January 2006 onwards.                                             | 2006-01-01 |            |     | false
        September 2006.                                                   |            | 2006-09-30 |     | false
        April 2006 to March 2007.                                         | 2006-04-01 | 2007-03-31 |     | false
        May 2006.                                                         |            | 2006-05-31 |     | false
        March 2006.                                                       |            | 2006-03-31 |     | false
        March 2006 – introduction of ISA electronic system in May 2006. To be monitored at LSCB meeting in June 2006 | 2006-03-01 | 2006-06-30 | | true
        March- Sept 2006                                                  | 2006-03-01 | 2006-09-30 |     | false
        April - Sept 2006                                                 | 2006-04-01 | 2006-09-30 |     | false
        April 2006                                                        |            | 2006-04-30 |     | false
        April 2006–March 2007                                             | 2006-04-01 | 2007-03-31 |     | false
        Ongoing                                                           |            |            |     | false
        Sept 2006 and then ongoing                                        |            | 2006-09-30 |     | false
        April 2006-March 2007                                             | 2006-04-01 | 2007-03-31 |     | false
        """)
    void kingston(String text, LocalDate start, LocalDate due, Period cadence, boolean needsConfirmation) {
      assertReads(parse(text), start, due, cadence, needsConfirmation);
    }

    static Stream<Arguments> kingstonCells() {
      return Stream.of(
          Arguments.of("May 2006\nMarch 2006", "2006-03-01", "2006-05-31",
              "Several timescales in one cell (May 2006; March 2006): confirm which applies"),
          Arguments.of("April – Sept 2006\nMay 2006\nAs above", "2006-04-01", "2006-09-30",
              "Several timescales in one cell (April – Sept 2006; May 2006; As above): confirm which applies"),
          Arguments.of("September 2006\nMarch 2006", "2006-03-01", "2006-09-30",
              "Several timescales in one cell (September 2006; March 2006): confirm which applies"));
    }

    @ParameterizedTest(name = "Kingston 004 cell with several lines: {0}")
    @MethodSource("kingstonCells")
    void kingstonCellsWithSeveralLines(String text, String start, String due, String note) {
      ParsedTimescale result = parse(text);

      assertReads(result, date(start), date(due), null, true);
      assertThat(result.note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "Swindon 002: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        within 3-6 months of the publication of these reviews | 2016-11-30 | 2017-05-30 |     | false
        no later than January 2017                            |            | 2017-01-31 |     | false
        within six months of the publication of these SCRs    | 2016-11-30 | 2017-05-30 |     | false
        These will be quarterly reporting requirements        |            |            | P3M | false
        The first will commence no later than January 2017.   |            | 2017-01-31 |     | false
        """)
    void swindon(String text, LocalDate start, LocalDate due, Period cadence, boolean needsConfirmation) {
      assertReads(parser.parse(text, SWINDON_PUBLISHED), start, due, cadence, needsConfirmation);
    }

    @ParameterizedTest(name = "Oxfordshire 003: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Oxfordshire PCT will undertake a comprehensive audit of safeguarding practice across all primary health care teams by October 2011. | 2011-10-31
        Assurance this has been implemented will be by September 2011.                                                                     | 2011-09-30
        For guidelines and checklist for staff to be revised and in use across the divisions by April 2011                                 | 2011-04-30
        """)
    void oxfordshire(String text, LocalDate due) {
      assertReads(parser.parse(text, LocalDate.of(2011, 3, 1)), null, due, null, false);
    }

    @Test
    void proseWithSeveralDatesListsThemAll() {
      ParsedTimescale result = parse("March 2006 – introduction of ISA electronic system in May 2006. "
          + "To be monitored at LSCB meeting in June 2006");

      assertThat(result.note())
          .isEqualTo("Several timescales in one cell (March 2006; May 2006; June 2006): confirm which applies");
    }
  }

  @Nested
  @DisplayName("a month alone is due at its end")
  class Months {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        September 2006 | 2006-09-30
        Sept 2006      | 2006-09-30
        Sep 2006       | 2006-09-30
        Sept. 2006     | 2006-09-30
        SEPT 2006      | 2006-09-30
        sep. 2006      | 2006-09-30
        Sept.2006      | 2006-09-30
        January 2007   | 2007-01-31
        Jan 2007       | 2007-01-31
        Jan. 2007      | 2007-01-31
        feb 2007       | 2007-02-28
        Feb 2008       | 2008-02-29
        MAR 2007       | 2007-03-31
        Apr 2007       | 2007-04-30
        may 2007       | 2007-05-31
        Jun 2007       | 2007-06-30
        July 2007      | 2007-07-31
        Jul 2007       | 2007-07-31
        August 2007    | 2007-08-31
        Aug. 2007      | 2007-08-31
        Oct 2007       | 2007-10-31
        November 2007  | 2007-11-30
        Nov 2007       | 2007-11-30
        Dec 2007       | 2007-12-31
        "March, 2007"  | 2007-03-31
        Mar-07         | 2007-03-31
        Mar-2007       | 2007-03-31
        March '07      | 2007-03-31
        March ’07      | 2007-03-31
        end of March 2012 | 2012-03-31
        """)
    void monthNamesAndAbbreviations(String text, LocalDate due) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, due, null, false);
      assertThat(result.note()).startsWith("Due by the end of ");
    }

    @Test
    void noteSaysWhichMonthEnds() {
      assertThat(parse("Sept 2006").note()).isEqualTo("Due by the end of September 2006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"March", "by March", "Staff may be reviewed", "Sept 06"})
    void monthWithoutYearIsNotGuessed(String text) {
      assertReads(parse(text), null, null, null, true);
    }
  }

  @Nested
  @DisplayName("ranges")
  class Ranges {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        March – Sept 2006                 | 2006-03-01 | 2006-09-30
        March — Sept 2006                 | 2006-03-01 | 2006-09-30
        March—Sept 2006                   | 2006-03-01 | 2006-09-30
        March-Sept 2006                   | 2006-03-01 | 2006-09-30
        March- Sept 2006                  | 2006-03-01 | 2006-09-30
        March -Sept 2006                  | 2006-03-01 | 2006-09-30
        April - Sept 2006                 | 2006-04-01 | 2006-09-30
        March to Sept 2006                | 2006-03-01 | 2006-09-30
        April 2006-March 2007             | 2006-04-01 | 2007-03-31
        April 2006–March 2007             | 2006-04-01 | 2007-03-31
        April 2006 — March 2007           | 2006-04-01 | 2007-03-31
        April 2006 to March 2007.         | 2006-04-01 | 2007-03-31
        April 2006 until March 2007       | 2006-04-01 | 2007-03-31
        April 2003 – Dec 2005             | 2003-04-01 | 2005-12-31
        from April 2006 to March 2007     | 2006-04-01 | 2007-03-31
        between April 2006 and March 2007 | 2006-04-01 | 2007-03-31
        Nov – Feb 2007                    | 2006-11-01 | 2007-02-28
        March - March 2007                | 2007-03-01 | 2007-03-31
        14 March - 30 April 2027          | 2027-03-14 | 2027-04-30
        30 April - 14 March 2027          | 2026-04-30 | 2027-03-14
        1.4.06 - 31.3.07                  | 2006-04-01 | 2007-03-31
        01/04/2026 to 31/03/2027          | 2026-04-01 | 2027-03-31
        """)
    void readsStartAndEnd(String text, LocalDate start, LocalDate due) {
      assertReads(parse(text), start, due, null, false);
    }

    @Test
    void noteGivesBothDays() {
      assertThat(parse("March – Sept 2006").note()).isEqualTo("From 1 March 2006 to 30 September 2006");
    }

    @Test
    void rangeThatEndsBeforeItStartsKeepsTheDueDateOnly() {
      ParsedTimescale result = parse("Sept 2006 - March 2006");

      assertReads(result, null, date("2006-03-31"), null, true);
      assertThat(result.note()).contains("before the start (1 September 2006)");
    }

    @Test
    void bulletedDatesAreNotARange() {
      ParsedTimescale result = parse("- May 2006\n- March 2006");

      assertReads(result, date("2006-03-01"), date("2006-05-31"), null, true);
      assertThat(result.note()).startsWith("Several timescales in one cell (May 2006; March 2006)");
    }

    @Test
    void impossibleEndOfRangeIsNamed() {
      ParsedTimescale result = parse("1/4/2027 - 31/02/2028");

      assertReads(result, date("2027-04-01"), null, null, true);
      assertThat(result.note()).contains("'31/02/2028' is not a real date");
    }

    @Test
    void impossibleStartWithoutYearIsNamed() {
      ParsedTimescale result = parse("30 Feb - March 2007");

      assertReads(result, null, date("2007-03-31"), null, true);
      assertThat(result.note()).contains("'30 Feb' is not a real date: February 2007 has 28 days");
    }
  }

  @Nested
  @DisplayName("deadlines")
  class Deadlines {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        by September 2011                   | 2011-09-30
        by Sept 2011                        | 2011-09-30
        no later than January 2017          | 2017-01-31
        No later than January 2017.         | 2017-01-31
        not later than January 2017         | 2017-01-31
        before January 2017                 | 2017-01-31
        by 14 March 2027                    | 2027-03-14
        no later than 14th March 2027       | 2027-03-14
        not later than 31/03/2027           | 2027-03-31
        before 31.3.27                      | 2027-03-31
        by the end of September 2011        | 2011-09-30
        until March 2007                    | 2007-03-31
        """)
    void dueOnTheDayOrAtTheEndOfTheMonth(String text, LocalDate due) {
      assertReads(parse(text), null, due, null, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Oxfordshire PCT will undertake a comprehensive audit of safeguarding practice across all primary health care teams by October 2011. | 2011-10-31
        Assurance this has been implemented will be by September 2011.                                                                     | 2011-09-30
        For guidelines and checklist for staff to be revised and in use across the divisions by April 2011                                 | 2011-04-30
        The first will commence no later than January 2017.                                                                                | 2017-01-31
        Children Act 2004 duties to be audited by March 2007                                                                               | 2007-03-31
        A budget of £2000 will be in place by May 2006                                                                                     | 2006-05-31
        """)
    void dateInsideASentence(String text, LocalDate due) {
      assertReads(parse(text), null, due, null, false);
    }
  }

  @Nested
  @DisplayName("day, month and year, UK order")
  class Days {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.7.06               | 2006-07-01
        01.07.2006           | 2006-07-01
        31/03/2027           | 2027-03-31
        31-03-2027           | 2027-03-31
        31–03–2027           | 2027-03-31
        5/4/27               | 2027-04-05
        14 March 2027        | 2027-03-14
        14th March 2027      | 2027-03-14
        1st July 2006        | 2006-07-01
        2nd July 2006        | 2006-07-02
        23rd July 2006       | 2006-07-23
        the 1st of July 2006 | 2006-07-01
        14 Sept. 2027        | 2027-09-14
        14-Mar-27            | 2027-03-14
        March 14, 2027       | 2027-03-14
        March 14th 2027      | 2027-03-14
        2027-03-14           | 2027-03-14
        29/02/2028           | 2028-02-29
        """)
    void readsTheDay(String text, LocalDate due) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, due, null, false);
      assertThat(result.note()).startsWith("Due by ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1.7.00 | 2000-07-01
        1.7.69 | 2069-07-01
        1.7.70 | 1970-07-01
        1.7.99 | 1999-07-01
        """)
    void twoDigitYearsBelowSeventyAreThisCentury(String text, LocalDate due) {
      assertReads(parse(text), null, due, null, false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"31/02/2027", "32.1.06", "1/13/2027", "31 February 2027", "2027-02-30", "29/02/2027",
        "0/1/2027", "31.4.06", "by 31/02/2027"})
    void impossibleDatesAreNamedNotAccepted(String text) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, null, null, true);
      String written = text.replace("by ", "");
      assertThat(result.note()).startsWith("'" + written + "' is not a real date");
    }

    @Test
    void impossibleMonthHintsAtAmericanOrder() {
      assertThat(parse("3/14/2027").note())
          .isEqualTo("'3/14/2027' is not a real date: there is no month 14 (was it written month first?)");
    }

    @Test
    void impossibleDayNamesTheMonthLength() {
      assertThat(parse("31/02/2027").note()).isEqualTo("'31/02/2027' is not a real date: February 2027 has 28 days");
    }

    @Test
    void impossibleDateAmongOthersIsStillNamed() {
      ParsedTimescale result = parse("May 2006\n31/02/2027");

      assertThat(result.needsConfirmation()).isTrue();
      assertThat(result.note()).contains("'31/02/2027' is not a real date");
    }
  }

  @Nested
  @DisplayName("counting from publication")
  class CountsFromPublication {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        within 3-6 months of the publication of these reviews | 2017-05-30
        within six months of the publication of these SCRs    | 2017-05-30
        within 6 months                                       | 2017-05-30
        Within 6 months of publication.                       | 2017-05-30
        within 3 to 6 months                                  | 2017-05-30
        within 3 – 6 months                                   | 2017-05-30
        within the next six months                            | 2017-05-30
        within 6 weeks                                        | 2017-01-11
        within six weeks                                      | 2017-01-11
        within 30 days                                        | 2016-12-30
        within a month                                        | 2016-12-30
        within one month                                      | 2016-12-30
        within two months                                     | 2017-01-30
        within three months                                   | 2017-02-28
        within four months                                    | 2017-03-30
        within five months                                    | 2017-04-30
        within seven months                                   | 2017-06-30
        within eight months                                   | 2017-07-30
        within nine months                                    | 2017-08-30
        within ten months                                     | 2017-09-30
        within eleven months                                  | 2017-10-30
        within twelve months of publication                   | 2017-11-30
        within eighteen months                                | 2018-05-30
        within twenty-four months                             | 2018-11-30
        within twenty four months                             | 2018-11-30
        within a year                                         | 2017-11-30
        within one year                                       | 2017-11-30
        within 2 years of the review being published          | 2018-11-30
        12 months after publication                           | 2017-11-30
        """)
    void countsFromThePublicationDate(String text, LocalDate due) {
      assertReads(parser.parse(text, SWINDON_PUBLISHED), SWINDON_PUBLISHED, due, null, false);
    }

    @Test
    void spanTakesTheLaterBoundAndSaysSo() {
      ParsedTimescale result = parser.parse("within 3-6 months of the publication of these reviews", SWINDON_PUBLISHED);

      assertThat(result.note()).isEqualTo(
          "Within 3 to 6 months of publication (30 November 2016): took the later bound, due 30 May 2017");
    }

    @Test
    void bareDurationIsReadAsWithinButChecked() {
      ParsedTimescale result = parser.parse("6 months", SWINDON_PUBLISHED);

      assertReads(result, SWINDON_PUBLISHED, date("2017-05-30"), null, true);
    }

    @Test
    void countFromSomethingElseIsChecked() {
      ParsedTimescale result = parser.parse("within 3 months of the child's discharge", SWINDON_PUBLISHED);

      assertReads(result, SWINDON_PUBLISHED, date("2017-02-28"), null, true);
      assertThat(result.note()).contains("the child's discharge");
    }

    @Test
    void withoutPublicationDateCountsCannotBeRead() {
      ParsedTimescale result = parser.parse("within 3 months", null);

      assertReads(result, null, null, null, true);
    }

    @Test
    void repeatingIntervalIsACadenceNotADeadline() {
      assertReads(parser.parse("every six months", SWINDON_PUBLISHED), null, null, Period.ofMonths(6), false);
    }
  }

  @Nested
  @DisplayName("open-ended and ongoing work")
  class OpenEnded {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        January 2006 onwards.    | 2006-01-01
        January 2006 onwards     | 2006-01-01
        Jan 2006 onward          | 2006-01-01
        from April 2006          | 2006-04-01
        from 1 April 2006 onwards | 2006-04-01
        """)
    void startWithoutEnd(String text, LocalDate start) {
      ParsedTimescale result = parse(text);

      assertReads(result, start, null, null, false);
      assertThat(result.note()).contains("open-ended");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ongoing", "ongoing", "ONGOING", "Ongoing.", "On-going", "on going", " Ongoing \n"})
    void ongoingHasNoDates(String text) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, null, null, false);
      assertThat(result.note()).isEqualTo("Ongoing: no due date");
    }

    @Test
    void dueThenOngoing() {
      ParsedTimescale result = parse("Sept 2006 and then ongoing");

      assertReads(result, null, date("2006-09-30"), null, false);
      assertThat(result.note()).isEqualTo("Due by the end of September 2006, then ongoing");
    }

    @Test
    void ongoingWithCadence() {
      ParsedTimescale result = parse("Ongoing, monitored quarterly");

      assertReads(result, null, null, Period.ofMonths(3), false);
      assertThat(result.note()).isEqualTo("Ongoing: no due date. Reviewed quarterly");
    }
  }

  @Nested
  @DisplayName("review cadence")
  class Cadence {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        monitored quarterly by LSCB                    | P3M
        monitored on a quarterly basis                 | P3M
        quarterly reporting                            | P3M
        These will be quarterly reporting requirements | P3M
        every quarter                                  | P3M
        three-monthly reviews                          | P3M
        every 3 months                                 | P3M
        monthly                                        | P1M
        Monthly meetings                               | P1M
        every month                                    | P1M
        once a month                                   | P1M
        six-monthly                                    | P6M
        six monthly                                    | P6M
        6-monthly                                      | P6M
        every six months                               | P6M
        half-yearly                                    | P6M
        half yearly                                    | P6M
        twice a year                                   | P6M
        annually                                       | P1Y
        yearly                                         | P1Y
        annual report to the LSCB                      | P1Y
        every year                                     | P1Y
        twelve-monthly                                 | P1Y
        weekly                                         | P1W
        fortnightly                                    | P2W
        every two weeks                                | P2W
        every 18 months                                | P18M
        """)
    void readsTheCadence(String text, Period cadence) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, null, cadence.normalized(), false);
      assertThat(result.note()).contains("No due date given");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        April 2006-March 2007 monitored quarterly by LSCB      | 2006-04-01 | 2007-03-31 | P3M
        April 2006-March 2007 monitored on a quarterly basis.  | 2006-04-01 | 2007-03-31 | P3M
        Annual report to the LSCB by June 2007                 |            | 2007-06-30 | P1Y
        within six months, then reviewed every six months      | 2006-02-15 | 2006-08-15 | P6M
        """)
    void cadenceAccompaniesDates(String text, LocalDate start, LocalDate due, Period cadence) {
      assertReads(parse(text), start, due, cadence, false);
    }

    @Test
    void noteNamesTheCadence() {
      assertThat(parse("April 2006-March 2007 monitored quarterly by LSCB").note())
          .isEqualTo("From 1 April 2006 to 31 March 2007. Reviewed quarterly");
    }

    @Test
    void ambiguousBiMonthlyGivesNoCadence() {
      assertThat(parse("bi-monthly reports by May 2006").reviewCadence()).isNull();
    }

    @Test
    void conflictingCadencesAreChecked() {
      ParsedTimescale result = parse("monthly to the board and annually to LSCB");

      assertReads(result, null, null, Period.ofMonths(1), true);
      assertThat(result.note()).contains("Several review frequencies given (monthly; annually)");
    }
  }

  @Nested
  @DisplayName("vague timescales are a best guess to confirm")
  class Vague {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2007               |            | 2007-12-31
        During 2007        |            | 2007-12-31
        Spring 2012        |            | 2012-05-31
        Summer 2012        |            | 2012-08-31
        summer term 2012   |            | 2012-08-31
        Autumn 2012        |            | 2012-11-30
        Winter 2012        |            | 2013-02-28
        2006/07            | 2006-04-01 | 2007-03-31
        2006-07            | 2006-04-01 | 2007-03-31
        2006/2007          | 2006-04-01 | 2007-03-31
        2006-2007          | 2006-01-01 | 2007-12-31
        2006 onwards       | 2006-01-01 |
        """)
    void bestGuessNeedsConfirmation(String text, LocalDate start, LocalDate due) {
      assertReads(parse(text), start, due, null, true);
    }

    @Test
    void yearAloneSaysSo() {
      assertThat(parse("2007").note()).isEqualTo("Only a year given ('2007'): read as due by 31 December 2007");
    }

    @Test
    void seasonSaysSo() {
      assertThat(parse("Spring 2012").note())
          .isEqualTo("Only a season given ('Spring 2012'): read as due by the end of May 2012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"by the end of 2012", "end of 2012", "by end 2012", "by the end of the year 2012"})
    void endOfAYearIsPrecise(String text) {
      assertReads(parse(text), null, date("2012-12-31"), null, false);
    }
  }

  @Nested
  @DisplayName("several timescales in one cell")
  class Several {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void widestSpanToConfirm(String text, String start, String due) {
      assertReads(parse(text), date(start), date(due), null, true);
    }

    static Stream<Arguments> cells() {
      return Stream.of(
          Arguments.of("May 2006\nMarch 2006", "2006-03-01", "2006-05-31"),
          Arguments.of("April – Sept 2006\nMay 2006\nAs above", "2006-04-01", "2006-09-30"),
          Arguments.of("September 2006\nMarch 2006", "2006-03-01", "2006-09-30"),
          Arguments.of("March 2006 – introduction of ISA electronic system in May 2006. "
              + "To be monitored at LSCB meeting in June 2006", "2006-03-01", "2006-06-30"),
          Arguments.of("March 2006, May 2006", "2006-03-01", "2006-05-31"),
          Arguments.of("May 2006\r\nSee above", "2006-05-01", "2006-05-31"),
          Arguments.of("1.7.06\n14 March 2007\nwithin 6 months", "2006-02-15", "2007-03-14"),
          Arguments.of("from April 2006, completed by March 2007", "2006-04-01", "2007-03-31"));
    }

    @Test
    void noteListsEachTimescaleAsWritten() {
      assertThat(parse("April – Sept 2006\nMay 2006\nAs above").note()).isEqualTo(
          "Several timescales in one cell (April – Sept 2006; May 2006; As above): confirm which applies");
    }

    @Test
    void longListIsShortened() {
      String text = String.join("\n", "Jan 2006", "Feb 2006", "Mar 2006", "Apr 2006", "May 2006", "Jun 2006",
          "Jul 2006", "Aug 2006");

      ParsedTimescale result = parse(text);

      assertReads(result, date("2006-01-01"), date("2006-08-31"), null, true);
      assertThat(result.note()).contains("Jun 2006; and 2 more)");
    }

    @Test
    void sameDateTwiceIsOneTimescale() {
      assertReads(parse("May 2006\nMay 2006"), null, date("2006-05-31"), null, false);
    }
  }

  @Nested
  @DisplayName("immediate starts")
  class Immediate {

    @ParameterizedTest
    @ValueSource(strings = {"immediately", "Immediately", "with immediate effect", "With immediate effect.",
        "to commence immediately", "Immediate"})
    void startsOnPublicationWithoutEnd(String text) {
      ParsedTimescale result = parser.parse(text, SWINDON_PUBLISHED);

      assertReads(result, SWINDON_PUBLISHED, null, null, true);
      assertThat(result.note()).isEqualTo("Starts immediately (on publication, 30 November 2016): no end date given");
    }

    @Test
    void immediateStartWithDeadline() {
      ParsedTimescale result = parser.parse("Immediately, and completed by March 2017", SWINDON_PUBLISHED);

      assertReads(result, SWINDON_PUBLISHED, date("2017-03-31"), null, false);
    }

    @Test
    void immediateStartAfterTheDeadlineKeepsOnlyTheDeadline() {
      assertReads(parser.parse("Immediately, and by March 2006", SWINDON_PUBLISHED), null, date("2006-03-31"), null,
          true);
    }
  }

  @Nested
  @DisplayName("unreadable timescales")
  class Unreadable {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "As above", "as above.", "See above", "Ditto", "TBC", "tbc", "TBA",
        "To be confirmed", "xyzzy", "???", "N/A", "As soon as possible", "bi-monthly"})
    void noDatesAndSaysWhatItCouldNotRead(String text) {
      ParsedTimescale result = parse(text);

      assertReads(result, null, null, null, true);
      String quoted = text == null ? "" : text.strip();
      assertThat(result.note()).isEqualTo("Could not read a date from '" + quoted + "'");
    }

    @Test
    void longTextIsTruncatedInTheNote() {
      String text = "The board will consider this recommendation carefully and will let partners know in due course "
          + "what it intends to do about it.";

      ParsedTimescale result = parse(text);

      assertReads(result, null, null, null, true);
      assertThat(result.note()).startsWith("Could not read a date from 'The board will consider").endsWith("…'");
      assertThat(result.note().length()).isLessThan(130);
    }

    @Test
    void quotedTextIsOnOneLine() {
      assertThat(parse("To be\nconfirmed\u0007").note()).isEqualTo("Could not read a date from 'To be confirmed'");
    }
  }

  @Nested
  @DisplayName("never throws")
  class Robustness {

    static Stream<String> hostile() {
      return Stream.of(
          "May 2006 ".repeat(50_000),
          "x".repeat(1_000_000),
          "9".repeat(100_000),
          "-".repeat(100_000),
          "within ".repeat(10_000),
          "31/31/3131", "99/99/9999", "0.0.00", "2027-99-99", "9999-12-31", "within 999 years",
          "every 0 months", "within 0 days", "\u0000\u0001\u0002", "\uD83D\uDE00 May 2006 \u202E",
          "\uD800", "May\u00A02006", "Ma\u0301rch 2006", "ＭＡＹ ２００６", "٢٠٠٦", "Mai 2006",
          "<script>alert('May 2006')</script>", "'; DROP TABLE action; --", "%s %n %d", "${jndi:ldap://x}",
          "March – – – Sept 2006", "– – –", "to to to", "between and", "Sept 2006 -", "- Sept 2006",
          "onwards", "from", "within", "within months", "within - 6 months", "twenty-four", "a", "",
          "\n\n\n", "Winter 2099", "31 December 9999", "1.1.00 - 31.12.99", "May 2006" + "\n".repeat(5000) + "2007");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void anyInputGivesAResult(String text) {
      assertThatCode(() -> {
        ParsedTimescale result = parse(text);
        assertThat(result).isNotNull();
        assertInOrder(result);
      }).doesNotThrowAnyException();
    }

    @Test
    void hugeTextIsOnlyPartlyReadAndChecked() {
      ParsedTimescale result = parse("May 2006 ".repeat(50_000));

      assertReads(result, null, date("2006-05-31"), null, true);
      assertThat(result.note()).contains("Only the first 2000 characters were read");
    }

    @Test
    void extremePublicationDateDoesNotThrow() {
      assertThatCode(() -> {
        assertReads(parser.parse("within 6 months", LocalDate.MAX), null, null, null, true);
        parser.parse("immediately", LocalDate.MIN);
        parser.parse("immediately", null);
      }).doesNotThrowAnyException();
    }

    @Test
    void randomMixturesOfTimescaleWordsNeverThrowNorEndBeforeTheyStart() {
      String[] words = {"May", "Sept.", "2006", "06", "'07", "–", "—", "-", "to", "and", "between", "by", "within",
          "six", "3-6", "months", "weeks", "of", "publication", "onwards", "ongoing", "immediately", "quarterly",
          "every", "As above", "\n", "31/02/2027", "1.7.06", "14th", "March", ",", ".", "Spring", "2007/08", "from",
          "end", "the", "0", "99", "13/13/13", "twenty-four", "a", "year", "bi-monthly", "\u00A0", "\uD83D\uDE00"};
      Random random = new Random(20_240_601);
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int w = 0; w < length; w++) {
          text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        try {
          ParsedTimescale result = parser.parse(text.toString(), SWINDON_PUBLISHED);
          assertInOrder(result);
          assertThat(result.needsConfirmation() || result.note() != null).isTrue();
        } catch (RuntimeException | AssertionError e) {
          failures.add(text + " -> " + e);
        }
      }
      assertThat(failures).isEmpty();
    }

    private static void assertInOrder(ParsedTimescale result) {
      if (result.startDate() != null && result.dueDate() != null) {
        assertThat(result.dueDate()).as("due date in %s", result).isAfterOrEqualTo(result.startDate());
      }
    }
  }
}
