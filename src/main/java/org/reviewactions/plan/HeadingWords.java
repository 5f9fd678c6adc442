package org.reviewactions.plan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a column heading into the words {@link PlanColumn} recognises it by. Kept apart from the enum
 * because the enum's constants build their phrase lists with it before the enum's own statics exist.
 */
final class HeadingWords {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+$");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}#]+");
  /** Headings are a few words; a longer cell is text, not a heading, and is not scored (nor split). */
  static final int MAX_HEADING_LENGTH = 80;
  private static final List<String> NUMBER_WORDS = List.of("no", "nos", "number", "num", "ref", "reference", "#", "id");
  private static final List<String> RECOMMENDATION_WORDS = List.of("rec", "recommendation");

  private HeadingWords() {}

  /** The heading's words, lower case, plurals made singular ("Actions" is "action", "Agencies" is "agency"). */
  static List<String> words(String header) {
    String key = normalise(header);
    if (key.isEmpty() || key.length() > MAX_HEADING_LENGTH) {
      return List.of();
    }
    return Arrays.stream(WORD_SPLIT.split(key)).filter(w -> !w.isEmpty()).map(HeadingWords::singular).toList();
  }

  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Lower case, whitespace collapsed, full stops dropped ("Rec. No." and "Rec No" are the same heading)
   * and trailing punctuation ignored ("Timescale:").
   */
  static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String s = WHITESPACE.matcher(header).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    s = s.replace(".", "");
    s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  static boolean isNumberWord(String word) {
    return NUMBER_WORDS.contains(word);
  }

  static boolean isRecommendationWord(String word) {
    return RECOMMENDATION_WORDS.contains(word);
  }

  static boolean containsSequence(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** "phrase", weight, "phrase", weight, ... as the phrases' words and weights. */
  static Map<List<String>, Integer> phrases(Object... phraseAndWeight) {
    Map<List<String>, Integer> phrases = new LinkedHashMap<>();
    for (int i = 0; i < phraseAndWeight.length; i += 2) {
      if (phrases.put(words((String) phraseAndWeight[i]), (Integer) phraseAndWeight[i + 1]) != null) {
        throw new IllegalArgumentException("The phrase \"" + phraseAndWeight[i] + "\" is listed twice");
      }
    }
    return Map.copyOf(phrases);
  }
}
