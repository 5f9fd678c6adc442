package org.reviewactions.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a name a plan writes is, near enough, one the tracker already knows ("Metropolitan Police" and
 * "Police", "Childrens Services" and "Children's Services"). Only ever a suggestion for the plan manager to
 * take or leave: an unlike name ("Police" and "Probation") suggests nothing.
 */
final class NameSimilarity {

  /** Words that tell agencies and roles apart by none of their meaning. */
  private static final Set<String> COMMON = Set.of("the", "of", "and", "for", "a", "an", "in", "to");
  /** Names this alike, letter for letter (1 is the same), are offered; "Polce" for "Police", not "Probation". */
  static final double LIKE_ENOUGH = 0.8;

  private NameSimilarity() {}

  /** The name reduced to its words: lower case, no accents or apostrophes, "&" as "and", common words gone. */
  static String normalise(String name) {
    return String.join(" ", words(name));
  }

  /** Whether two names are the same once written alike (case, punctuation, apostrophes, "&", "the"). */
  static boolean same(String a, String b) {
    String left = normalise(a);
    return !left.isEmpty() && left.equals(normalise(b));
  }

  /**
   * How alike two names are, from 0 (nothing close) to 1 (the same once normalised): every word of one among the
   * other's (containment), or few letters to change for their length (edit distance). 0 below {@link #LIKE_ENOUGH}.
   */
  static double likeness(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    String x = String.join(" ", left);
    String y = String.join(" ", right);
    if (x.equals(y)) {
      return 1;
    }
    double score = 0;
    Set<String> smaller = left.size() <= right.size() ? left : right;
    Set<String> larger = smaller == left ? right : left;
    if (larger.containsAll(smaller)) {
      // Contained, the more of the longer name shared the closer: between LIKE_ENOUGH and just under 1.
      score = LIKE_ENOUGH + (0.99 - LIKE_ENOUGH) * smaller.size() / larger.size();
    }
    double letters = 1 - (double) distance(x, y) / Math.max(x.length(), y.length());
    score = Math.max(score, letters);
    return score >= LIKE_ENOUGH ? score : 0;
  }

  /** The known name most like the written one, if any is like enough; ties go to the first in alphabetical order. */
  static Optional<String> closest(String written, Collection<String> known) {
    return known.stream().filter(k -> likeness(written, k) > 0)
        .max(Comparator.<String>comparingDouble(k -> likeness(written, k))
            .thenComparing(Comparator.<String>naturalOrder().reversed()));
  }

  private static Set<String> words(String name) {
    if (name == null) {
      return Set.of();
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "").replace("&", " and ");
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty() && !COMMON.contains(w))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Levenshtein distance; names are at most a few hundred characters. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
