package org.reviewactions.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text clean-ups for cells of an uploaded plan. Everything else is kept exactly as written. */
final class CellText {

  // A bullet is a bullet sign, or a dash or asterisk followed by a space: "-5 days" and "*Note" stay.
  private static final Pattern LEADING_BULLET =
      Pattern.compile("^[ \\t\\u00A0]*(?:[•·▪◦‣●■□➢➤][ \\t\\u00A0]*|[-*–][ \\t\\u00A0]+)");
  private static final Pattern DITTO =
      Pattern.compile("(?i)^(?:same\\s+as\\s+above|as\\s+above|ditto|\"|〃)[\\s.!]*$");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private CellText() {}

  /**
   * Removes bullet characters at the start of each line but keeps the line breaks: the bullets are how
   * Word and Excel showed a list, the lines are the list. Also trims the cell.
   */
  static String clean(String cell) {
    if (cell == null || cell.isBlank()) {
      return "";
    }
    String[] lines = cell.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(LEADING_BULLET.matcher(lines[i]).replaceFirst("").stripTrailing());
    }
    return out.toString().strip();
  }

  /** A recommendation number on one line with single spaces and no trailing full stop ("3.3.9 ii."). */
  static String number(String cell) {
    String s = WHITESPACE.matcher(cell == null ? "" : cell).replaceAll(" ").strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Numbers that differ only in case or spacing are the same recommendation ("3.3.9 II" = "3.3.9 ii"). */
  static String numberKey(String number) {
    return number(number).toLowerCase(Locale.ROOT);
  }

  /** Whether two texts say the same, ignoring case, spacing and line breaks. */
  static boolean sameText(String a, String b) {
    return comparable(a).equals(comparable(b));
  }

  private static String comparable(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** "As above", "As above.", "Ditto", "Same as above" or a ditto mark. */
  static boolean isDitto(String line) {
    return DITTO.matcher(line.strip()).matches();
  }
}
