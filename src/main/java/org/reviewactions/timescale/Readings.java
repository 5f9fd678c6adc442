package org.reviewactions.timescale;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static org.reviewactions.timescale.Notes.day;
import static org.reviewactions.timescale.Notes.excerpt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewactions.timescale.DateExpressions.DateExpression;
import org.reviewactions.timescale.DateExpressions.Kind;

/** Splits a timescale into {@link Reading}s: ranges, deadlines, open-ended starts, counts from publication. */
final class Readings {

  // A newline before the dash means a bulleted list of separate dates, not a range.
  private static final Pattern RANGE_JOIN = compile("[ \\t]*(?:-+|to|until|till|through|thru)\\s*");
  private static final Pattern AND_JOIN = compile("\\s*and\\s*");
  private static final Pattern BETWEEN_BEFORE = compile("\\bbetween\\s*$");
  private static final Pattern ONWARDS_AFTER = compile("[\\s,]*(?:and\\s+)?onwards?\\b");
  private static final Pattern FROM_BEFORE =
      compile("\\b(?:from|starting|commencing|beginning)(?:\\s+(?:in|on))?\\s*$");
  private static final Pattern END_OF_BEFORE = compile("\\bend\\s+(?:of\\s+)?(?:the\\s+)?(?:year\\s+)?$");
  private static final Pattern AS_ABOVE = compile("\\b(?:(?:as|see)\\s+(?:per\\s+)?above|ditto)\\b");
  private static final String COUNT = WordNumbers.REGEX;
  private static final Pattern DURATION = compile("\\b(?<within>within\\s+(?:the\\s+)?(?:next\\s+|first\\s+)?)?"
      + "(?<n>" + COUNT + ")(?:\\s*(?:-|to|or)\\s*(?<m>" + COUNT + "))?"
      + "\\s+(?<unit>day|week|month|year)s?(?<unitEnd>)\\b"
      + "(?:\\s+(?:of|from|after|following)\\s+(?<base>[^.;\\n]{0,80}))?");
  private static final Pattern BARE_DURATION = compile(
      "\\s*(?:" + COUNT + ")(?:\\s*(?:-|to|or)\\s*(?:" + COUNT + "))?\\s+(?:day|week|month|year)s?\\.?\\s*");
  private static final Pattern PUBLICATION = compile("publica|publish|report|review|\\b(?:l?cspr|scr)s?\\b|\\bplan\\b");
  private static final Pattern REPEATING_BEFORE = compile("\\b(?:every|each)\\s+$");
  private static final int LOOK_BEHIND = 40;

  private Readings() {}

  /**
   * The readings in a timescale, in the order written.
   *
   * @param text the timescale with dashes and spaces made plain, the same length as {@code original}
   * @param original the timescale as written, quoted in notes
   * @param publication the review's publication date, which counts such as "within six months" start from
   */
  static List<Reading> find(String text, String original, LocalDate publication) {
    List<Reading> readings = new ArrayList<>(dated(text, original));
    readings.addAll(counted(text, original, publication));
    readings.addAll(references(text, original));
    // Prose names years for other reasons ("Children Act 2004"); a bare year only counts when nothing better does.
    if (readings.stream().anyMatch(r -> r.kind() == Reading.Kind.DATES || r.kind() == Reading.Kind.NOT_A_DATE)) {
      readings.removeIf(r -> r.kind() == Reading.Kind.YEAR_ONLY);
    }
    readings.sort(Comparator.comparingInt(Reading::position));
    return readings;
  }

  private static List<Reading> dated(String text, String original) {
    List<DateExpression> found = DateExpressions.find(text);
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      DateExpression here = found.get(i);
      DateExpression next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (next != null && joined(text, here, next)) {
        readings.add(range(original, here, next));
        i++;
      } else if (here.hasYear()) {
        readings.add(single(text, original, here));
      }
    }
    return readings;
  }

  private static boolean joined(String text, DateExpression start, DateExpression end) {
    boolean endCanLendYear = end.kind() == Kind.DAY || end.kind() == Kind.MONTH;
    if (!end.hasYear() || !(start.hasYear() || endCanLendYear)) {
      return false;
    }
    String between = text.substring(start.to(), end.from());
    return RANGE_JOIN.matcher(between).matches()
        || AND_JOIN.matcher(between).matches() && BETWEEN_BEFORE.matcher(before(text, start.from())).find();
  }

  private static Reading range(String original, DateExpression from, DateExpression to) {
    DateExpression start = from.hasYear() ? from : DateExpressions.withYear(from, yearOfStart(from, to));
    String written = excerpt(original, from.from(), to.to());
    List<String> doubts = new ArrayList<>();
    addProblem(doubts, original, start);
    addProblem(doubts, original, to);
    LocalDate first = start.first();
    LocalDate last = to.last();
    String description = first != null && last != null ? "From " + day(first) + " to " + day(last) : null;
    if (description != null && (start.isVague() || to.isVague())) {
      doubts.add("'" + written + "' gives only years or seasons: read as " + day(first) + " to " + day(last));
      description = null;
    }
    Reading.Kind kind = first == null && last == null ? Reading.Kind.NOT_A_DATE : Reading.Kind.DATES;
    return new Reading(from.from(), written, kind, first, last, first != null ? first : last, description,
        doubts.isEmpty() ? null : String.join(". ", doubts));
  }

  // "March – Sept 2006" shares the end's year; "Nov – Feb 2007" starts in the year before.
  private static int yearOfStart(DateExpression start, DateExpression end) {
    int year = end.first().getYear();
    boolean laterMonth = start.month() > end.month();
    boolean laterDay = start.month() == end.month() && start.day() > 0 && end.day() > 0 && start.day() > end.day();
    return laterMonth || laterDay ? year - 1 : year;
  }

  private static Reading single(String text, String original, DateExpression date) {
    String written = excerpt(original, date.from(), date.to());
    if (date.kind() == Kind.IMPOSSIBLE) {
      return new Reading(date.from(), written, Reading.Kind.NOT_A_DATE, null, null, null, null,
          notReal(written, date));
    }
    Matcher onwards = ONWARDS_AFTER.matcher(text).region(date.to(), text.length());
    boolean saysOnwards = onwards.lookingAt();
    if (saysOnwards || FROM_BEFORE.matcher(before(text, date.from())).find()) {
      return openEnded(excerpt(original, date.from(), saysOnwards ? onwards.end() : date.to()), date);
    }
    return switch (date.kind()) {
      case DAY -> deadline(date, written, "Due by " + day(date.last()), null);
      case MONTH -> deadline(date, written, "Due by the end of " + Notes.month(date.last()), null);
      case SEASON -> deadline(date, written, null,
          "Only a season given ('" + written + "'): read as due by the end of " + Notes.month(date.last()));
      case FINANCIAL_YEAR -> new Reading(date.from(), written, Reading.Kind.DATES, date.first(), date.last(),
          date.first(), null, "Read '" + written + "' as the financial year " + day(date.first()) + " to "
              + day(date.last()));
      default -> year(text, written, date);
    };
  }

  private static Reading year(String text, String written, DateExpression date) {
    if (END_OF_BEFORE.matcher(before(text, date.from())).find()) {
      return deadline(date, written, "Due by the end of " + date.last().getYear(), null);
    }
    return new Reading(date.from(), written, Reading.Kind.YEAR_ONLY, null, date.last(), date.first(), null,
        "Only a year given ('" + written + "'): read as due by " + day(date.last()));
  }

  private static Reading deadline(DateExpression date, String written, String description, String doubt) {
    return new Reading(date.from(), written, Reading.Kind.DATES, null, date.last(), date.first(), description, doubt);
  }

  private static Reading openEnded(String written, DateExpression date) {
    String description = "From " + day(date.first()) + " onwards: open-ended, no due date";
    if (date.isVague()) {
      return new Reading(date.from(), written, Reading.Kind.DATES, date.first(), null, date.first(), null,
          "'" + written + "' is vague: read as " + description.substring(0, 1).toLowerCase(Locale.ROOT)
              + description.substring(1));
    }
    return new Reading(date.from(), written, Reading.Kind.DATES, date.first(), null, date.first(), description, null);
  }

  /** "Within six months (of publication)": counts run from the publication date; a span counts to its end. */
  private static List<Reading> counted(String text, String original, LocalDate publication) {
    boolean wholeCell = BARE_DURATION.matcher(text).matches();
    List<Reading> readings = new ArrayList<>();
    Matcher m = DURATION.matcher(text);
    while (m.find()) {
      String base = m.group("base");
      boolean fromPublication = base != null && PUBLICATION.matcher(base).find();
      boolean within = m.group("within") != null;
      boolean repeating = REPEATING_BEFORE.matcher(before(text, m.start())).find();
      if (!repeating && (within || fromPublication || wholeCell)) {
        readings.add(count(m, original, publication, within || fromPublication));
      }
    }
    return readings;
  }

  private static Reading count(Matcher m, String original, LocalDate publication, boolean saysWithin) {
    String written = excerpt(original, m.start(), m.end("unitEnd"));
    int low = WordNumbers.valueOf(m.group("n"));
    boolean span = m.group("m") != null;
    int amount = span ? Math.max(low, WordNumbers.valueOf(m.group("m"))) : low;
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (publication == null) {
      return new Reading(m.start(), written, Reading.Kind.NOT_A_DATE, null, null, null, null,
          "'" + written + "' counts from publication, but the review has no publication date");
    }
    LocalDate due = switch (unit) {
      case "day" -> publication.plusDays(amount);
      case "week" -> publication.plusWeeks(amount);
      case "month" -> publication.plusMonths(amount);
      default -> publication.plusYears(amount);
    };
    String howLong = (span ? Math.min(low, amount) + " to " : "") + amount + " " + unit + (amount == 1 ? "" : "s");
    String description = "Within " + howLong + " of publication (" + day(publication) + ")"
        + (span ? ": took the later bound, due " : ": due ") + day(due);
    return new Reading(m.start(), written, Reading.Kind.DATES, publication, due, publication, description,
        countDoubt(m.group("base"), written, saysWithin));
  }

  private static String countDoubt(String base, String written, boolean saysWithin) {
    if (!saysWithin) {
      return "Read '" + written + "' as within that long of publication";
    }
    if (base != null && !PUBLICATION.matcher(base).find()) {
      return "The text counts from '" + Notes.quote(base) + "', not from publication";
    }
    return null;
  }

  private static List<Reading> references(String text, String original) {
    List<Reading> readings = new ArrayList<>();
    Matcher m = AS_ABOVE.matcher(text);
    while (m.find()) {
      readings.add(new Reading(m.start(), excerpt(original, m.start(), m.end()), Reading.Kind.REFERENCE,
          null, null, null, "Refers to another row", null));
    }
    return readings;
  }

  private static void addProblem(List<String> doubts, String original, DateExpression date) {
    if (date.kind() == Kind.IMPOSSIBLE) {
      doubts.add(notReal(excerpt(original, date.from(), date.to()), date));
    }
  }

  private static String notReal(String written, DateExpression date) {
    return "'" + written + "' is not a real date: " + date.problem();
  }

  private static String before(String text, int position) {
    return text.substring(Math.max(0, position - LOOK_BEHIND), position);
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, CASE_INSENSITIVE);
  }
}
