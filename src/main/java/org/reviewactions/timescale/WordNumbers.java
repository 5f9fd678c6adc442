package org.reviewactions.timescale;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The counts boards write in timescales, as digits or words ("6", "six", "twenty-four", "a month"). */
final class WordNumbers {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("thirty-six", 36),
      Map.entry("forty-eight", 48));

  /**
   * Matches one count. Longer words come first so that "twenty-four" is not read as "twenty" and "eighteen" not
   * as "eight"; the digits are capped at three so that a year is never taken for a count.
   */
  static final String REGEX = WORDS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(word -> word.replace("-", "[- ]?"))
      .collect(Collectors.joining("|", "(?:\\d{1,3}|", ")"));

  private WordNumbers() {}

  /** The value of a count matched by {@link #REGEX}. */
  static int valueOf(String count) {
    String word = compact(count);
    if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(word);
    }
    return WORDS.entrySet().stream()
        .filter(entry -> compact(entry.getKey()).equals(word))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a count: " + count));
  }

  // "twenty-four", "twenty four" and "twentyfour" are the same count.
  private static String compact(String count) {
    return count.toLowerCase(Locale.ROOT).replaceAll("[- ]", "");
  }
}
