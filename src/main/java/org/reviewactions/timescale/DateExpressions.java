package org.reviewactions.timescale;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates written in a timescale ("1.7.06", "14th March 2027", "Sept 2006", "Spring 2012", "2007"),
 * each with the first and last day it can mean. Counting phrases ("within six months") are read elsewhere.
 */
final class DateExpressions {

  enum Kind { DAY, MONTH, SEASON, YEAR, FINANCIAL_YEAR, DAY_WITHOUT_YEAR, MONTH_WITHOUT_YEAR, IMPOSSIBLE }

  /**
   * One date as written: where it is in the text and the days it covers. Dates without a year ("March" in
   * "March – Sept 2006") have no days until a range lends them one; impossible dates carry the reason instead.
   */
  record DateExpression(int from, int to, Kind kind, LocalDate first, LocalDate last, int month, int day,
                        String problem) {

    boolean hasYear() {
      return kind != Kind.DAY_WITHOUT_YEAR && kind != Kind.MONTH_WITHOUT_YEAR;
    }

    /** Too coarse to be a deadline on its own: a whole year or season. */
    boolean isVague() {
      return kind == Kind.SEASON || kind == Kind.YEAR || kind == Kind.FINANCIAL_YEAR;
    }
  }

  private record Recogniser(Pattern pattern, Function<Matcher, DateExpression> reader) {}

  private static final String MONTH = "(?<month>" + MonthNames.REGEX + ")(?![a-z])\\.?";
  // A bare two-digit number after a month is too likely a day ("March 14"), so it counts as a year only when
  // Excel wrote it ("Mar-07") or an apostrophe marks it ("March '07").
  private static final String YEAR_AFTER_MONTH =
      "(?:[\\s,]*(?<y4>(?:19|20)\\d\\d)|\\s*'(?<yq>\\d\\d)|-(?<yd>(?:19|20)?\\d\\d))(?!\\d)";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String NOT_INSIDE_NUMBER_BEFORE = "(?<![\\d./])";
  private static final String NOT_INSIDE_NUMBER_AFTER = "(?!\\d)(?![./]\\d)";

  // Tried in this order; a later recogniser never takes text an earlier one has read, so the most precise
  // reading of "14 March 2027" wins over "March 2027" and over "March" alone.
  private static final List<Recogniser> RECOGNISERS = List.of(
      recogniser(NOT_INSIDE_NUMBER_BEFORE + "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<day>\\d{1,2})" + NOT_INSIDE_NUMBER_AFTER,
          m -> day(m, number(m, "y"), number(m, "m"), number(m, "day"))),
      recogniser(NOT_INSIDE_NUMBER_BEFORE + "(?<day>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})"
              + NOT_INSIDE_NUMBER_AFTER,
          m -> day(m, year(m.group("y")), number(m, "m"), number(m, "day"))),
      recogniser("\\b" + DAY + "(?:\\s*(?:of\\s+)?|-)" + MONTH + YEAR_AFTER_MONTH,
          m -> day(m, yearAfterMonth(m), monthNumber(m), number(m, "day"))),
      recogniser("\\b" + MONTH + "\\s*" + DAY + "\\b,?\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)",
          m -> day(m, number(m, "y"), monthNumber(m), number(m, "day"))),
      recogniser("\\b" + MONTH + YEAR_AFTER_MONTH,
          m -> month(m.start(), m.end(), yearAfterMonth(m), monthNumber(m))),
      recogniser("\\b(?<season>spring|summer|autumn|fall|winter)\\s*(?:term\\s+)?(?:of\\s+)?"
              + "(?<y>(?:19|20)\\d\\d)(?!\\d)",
          DateExpressions::season),
      recogniser(NOT_INSIDE_NUMBER_BEFORE + "(?<y>(?:19|20)\\d\\d)"
              + "(?:\\s*/\\s*(?<next>(?:19|20)?\\d\\d)|-(?<nextd>\\d\\d))" + NOT_INSIDE_NUMBER_AFTER + "(?!-\\d)",
          DateExpressions::financialYear),
      recogniser("(?<![\\d./£$€])(?<y>(?:19|20)\\d\\d)(?!\\d)(?![.,/]\\d)",
          m -> span(m, Kind.YEAR, LocalDate.of(number(m, "y"), 1, 1), LocalDate.of(number(m, "y"), 12, 31))),
      recogniser("\\b" + DAY + "\\s*(?:of\\s+)?" + MONTH,
          m -> new DateExpression(m.start(), m.end(), Kind.DAY_WITHOUT_YEAR, null, null, monthNumber(m),
              number(m, "day"), null)),
      recogniser("\\b" + MONTH,
          m -> new DateExpression(m.start(), m.end(), Kind.MONTH_WITHOUT_YEAR, null, null, monthNumber(m), 0, null)));

  private DateExpressions() {}

  /** Every date in the text, in the order written. The text must already have its dashes made plain. */
  static List<DateExpression> find(String text) {
    List<DateExpression> found = new ArrayList<>();
    for (Recogniser recogniser : RECOGNISERS) {
      Matcher matcher = recogniser.pattern().matcher(text);
      while (matcher.find()) {
        if (overlapsAny(found, matcher.start(), matcher.end())) {
          continue;
        }
        DateExpression expression = recogniser.reader().apply(matcher);
        if (expression != null) {
          found.add(expression);
        }
      }
    }
    found.sort(Comparator.comparingInt(DateExpression::from));
    return found;
  }

  /** A date written without a year, placed in the given year. */
  static DateExpression withYear(DateExpression partial, int year) {
    if (partial.kind() == Kind.MONTH_WITHOUT_YEAR) {
      return month(partial.from(), partial.to(), year, partial.month());
    }
    return day(partial.from(), partial.to(), year, partial.month(), partial.day());
  }

  private static Recogniser recogniser(String regex, Function<Matcher, DateExpression> reader) {
    return new Recogniser(Pattern.compile(regex, CASE_INSENSITIVE), reader);
  }

  private static boolean overlapsAny(List<DateExpression> found, int from, int to) {
    return found.stream().anyMatch(e -> from < e.to() && e.from() < to);
  }

  private static DateExpression day(Matcher m, int year, int month, int day) {
    return day(m.start(), m.end(), year, month, day);
  }

  private static DateExpression day(int from, int to, int year, int month, int day) {
    String problem = impossibility(year, month, day);
    if (problem != null) {
      return new DateExpression(from, to, Kind.IMPOSSIBLE, null, null, month, day, problem);
    }
    LocalDate date = LocalDate.of(year, month, day);
    return new DateExpression(from, to, Kind.DAY, date, date, month, day, null);
  }

  private static DateExpression month(int from, int to, int year, int month) {
    YearMonth yearMonth = YearMonth.of(year, month);
    return new DateExpression(from, to, Kind.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth(), month, 0, null);
  }

  private static DateExpression span(Matcher m, Kind kind, LocalDate first, LocalDate last) {
    return new DateExpression(m.start(), m.end(), kind, first, last, 0, 0, null);
  }

  // Meteorological seasons: the guess is only a starting point for the plan manager, so a simple rule will do.
  private static DateExpression season(Matcher m) {
    int year = number(m, "y");
    return switch (m.group("season").toLowerCase(Locale.ROOT)) {
      case "spring" -> span(m, Kind.SEASON, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
      case "summer" -> span(m, Kind.SEASON, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
      case "winter" -> span(m, Kind.SEASON, LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
      default -> span(m, Kind.SEASON, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
    };
  }

  // "2006/07" is how public bodies write a financial year (April to March); two unrelated years are not one.
  private static DateExpression financialYear(Matcher m) {
    int year = number(m, "y");
    String next = m.group("next") != null ? m.group("next") : m.group("nextd");
    int nextYear = next.length() == 4 ? Integer.parseInt(next) : year / 100 * 100 + Integer.parseInt(next);
    if (nextYear != year + 1) {
      return null;
    }
    return span(m, Kind.FINANCIAL_YEAR, LocalDate.of(year, 4, 1), LocalDate.of(nextYear, 3, 31));
  }

  /** Why a day-month-year is not a real date, or null when it is one. */
  static String impossibility(int year, int month, int day) {
    if (month < 1 || month > 12) {
      boolean swapped = day >= 1 && day <= 12 && month <= 31;
      return "there is no month " + month + (swapped ? " (was it written month first?)" : "");
    }
    if (day < 1) {
      return "there is no day " + day;
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day > length) {
      return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has " + length + " days";
    }
    return null;
  }

  private static int yearAfterMonth(Matcher m) {
    if (m.group("y4") != null) {
      return Integer.parseInt(m.group("y4"));
    }
    return year(m.group("yq") != null ? m.group("yq") : m.group("yd"));
  }

  /** A written year; two digits mean 20xx below 70 and 19xx from 70, which covers every review on record. */
  static int year(String digits) {
    int value = Integer.parseInt(digits);
    if (digits.length() != 2) {
      return value;
    }
    return value < 70 ? 2000 + value : 1900 + value;
  }

  private static int monthNumber(Matcher m) {
    return MonthNames.number(m.group("month"));
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
