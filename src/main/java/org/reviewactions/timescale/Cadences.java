package org.reviewactions.timescale;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a timescale says progress is reviewed: "monitored quarterly", "every six months", "annual report". */
final class Cadences {

  private record Rule(Pattern pattern, Function<Matcher, Period> period) {}

  private record Found(int from, int to, Period period) {}

  private static final String COUNT = WordNumbers.REGEX;
  private static final String UNIT = "(?<unit>day|week|fortnight|month|quarter|year)";

  // Tried in this order, and a later rule never reads text an earlier one has read: "six-monthly" and
  // "half-yearly" must not also count as "monthly" and "yearly".
  private static final List<Rule> RULES = List.of(
      rule("\\b(?:every|each)\\s+(?<n>" + COUNT + ")\\s+" + UNIT + "s?\\b",
          m -> times(WordNumbers.valueOf(m.group("n")), m.group("unit"))),
      rule("\\b(?:every|each|per|once\\s+(?:a|per|every|each))\\s+" + UNIT + "\\b", m -> times(1, m.group("unit"))),
      rule("\\b(?:twice|two\\s+times)\\s+(?:a|per|each|every)\\s+year\\b|\\btwice[- ]yearly\\b|\\bhalf[- ]?yearly\\b",
          m -> Period.ofMonths(6)),
      rule("\\b(?<n>" + COUNT + ")[- ]?(?<unit>week|month)ly\\b",
          m -> times(WordNumbers.valueOf(m.group("n")), m.group("unit"))),
      // "Bi-monthly" means every two months to some writers and twice a month to others: better no cadence than
      // a wrong one.
      rule("\\bbi-?(?:weekly|monthly|annual(?:ly)?)\\b", m -> null),
      rule("\\b(?<word>daily|weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly|per\\s+annum)\\b",
          m -> byWord(m.group("word"))));

  private static final Map<Period, String> NAMES = Map.of(
      Period.ofDays(1), "daily", Period.ofWeeks(1), "weekly", Period.ofWeeks(2), "fortnightly",
      Period.ofMonths(1), "monthly", Period.ofMonths(3), "quarterly", Period.ofMonths(6), "six-monthly",
      Period.ofYears(1), "annually");

  private Cadences() {}

  /** The distinct cadences in the text, in the order written; more than one means the text is unclear. */
  static List<Period> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        int from = m.start();
        int to = m.end();
        if (found.stream().noneMatch(f -> from < f.to() && f.from() < to)) {
          found.add(new Found(from, to, rule.period().apply(m)));
        }
      }
    }
    return found.stream()
        .sorted(Comparator.comparingInt(Found::from))
        .map(Found::period)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** The cadence in words, as it reads in a note: "quarterly", "every 2 months". */
  static String describe(Period period) {
    String name = NAMES.get(period);
    if (name != null) {
      return name;
    }
    if (period.getDays() == 0) {
      long months = period.toTotalMonths();
      return months % 12 == 0 ? "every " + months / 12 + " years" : "every " + months + " months";
    }
    int days = period.getDays();
    return days % 7 == 0 ? "every " + days / 7 + " weeks" : "every " + days + " days";
  }

  private static Rule rule(String regex, Function<Matcher, Period> period) {
    return new Rule(Pattern.compile(regex, CASE_INSENSITIVE), period);
  }

  private static Period times(int count, String unit) {
    if (count <= 0) {
      return null;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> Period.ofDays(count);
      case "week" -> Period.ofWeeks(count);
      case "fortnight" -> Period.ofWeeks(2 * count);
      case "month" -> Period.ofMonths(count).normalized();
      case "quarter" -> Period.ofMonths(3 * count).normalized();
      default -> Period.ofYears(count);
    };
  }

  private static Period byWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "daily" -> Period.ofDays(1);
      case "weekly" -> Period.ofWeeks(1);
      case "fortnightly" -> Period.ofWeeks(2);
      case "monthly" -> Period.ofMonths(1);
      case "quarterly" -> Period.ofMonths(3);
      default -> Period.ofYears(1);
    };
  }
}
