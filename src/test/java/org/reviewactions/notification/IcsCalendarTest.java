package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

  private static final Instant STAMP = Instant.parse("2027-01-05T09:30:15Z");

  private static String ics(String summary, String description, String url) {
    return new String(
        IcsCalendar.dueDate("action-42-due@review-actions.example.org", summary, description,
            LocalDate.of(2027, 3, 14), url, STAMP),
        StandardCharsets.UTF_8);
  }

  /** Undoes RFC 5545 folding: a CRLF followed by one space joins the lines. */
  private static List<String> unfoldedLines(String ics) {
    return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
  }

  @Test
  void oneAllDayEventOnTheDueDate() {
    String ics = ics("Action due: Audit health visitor records", "Kingston LSCB action plan", MailFixtures.TASK_LINK);

    assertThat(unfoldedLines(ics))
        .startsWith("BEGIN:VCALENDAR")
        .contains(
            "PRODID:" + IcsCalendar.PRODID,
            "VERSION:2.0",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:action-42-due@review-actions.example.org",
            "DTSTAMP:20270105T093015Z",
            "DTSTART;VALUE=DATE:20270314",
            "DTEND;VALUE=DATE:20270315",
            "SUMMARY:Action due: Audit health visitor records",
            "DESCRIPTION:Kingston LSCB action plan",
            "URL:" + MailFixtures.TASK_LINK,
            "END:VEVENT")
        .endsWith("END:VCALENDAR");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
  }

  @Test
  void linesEndInCrlfOnly() {
    String ics = ics("Due", "first line\nsecond line", null);

    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
  }

  @Test
  void textIsEscaped() {
    String ics = ics("Audit; report, review", "Back\\slash; semi, comma\r\nnext line\nlast", null);

    assertThat(unfoldedLines(ics))
        .contains("SUMMARY:Audit\\; report\\, review")
        .contains("DESCRIPTION:Back\\\\slash\\; semi\\, comma\\nnext line\\nlast");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
    String description = "Audit health visitor records – every locality – " + "café ✓ ".repeat(40);
    String ics = ics("Due", description, MailFixtures.TASK_LINK + "&x=" + "a".repeat(120));

    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\uFFFD");
    }
    assertThat(ics).contains("\r\n ");
    assertThat(unfoldedLines(ics)).contains("DESCRIPTION:" + IcsCalendar.escape(description));
  }

  @Test
  void absentDescriptionAndUrlAreLeftOut() {
    String ics = ics(null, null, null);

    assertThat(ics).contains("SUMMARY:Action due\r\n").doesNotContain("DESCRIPTION", "URL:");
  }

  @Test
  void uidAndDateAreRequired() {
    assertThatThrownBy(() -> IcsCalendar.dueDate(" ", "s", "d", LocalDate.of(2027, 3, 14), null, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UID");
    assertThatThrownBy(() -> IcsCalendar.dueDate("uid-1", "s", "d", null, null, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uid-1");
  }
}
