package org.reviewactions.timescale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording shared by the notes a plan manager reads: dates spelt out in full, and safe quotes of the text. */
final class Notes {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
  private static final int QUOTE_LIMIT = 80;

  private Notes() {}

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String month(LocalDate date) {
    return MONTH.format(date);
  }

  /** Part of the text as the board wrote it, on one line. */
  static String excerpt(String text, int from, int to) {
    return oneLine(text.substring(from, to));
  }

  /** The text on one line and short enough for a note; the note is read on screen, not parsed again. */
  static String quote(String text) {
    // Cut before collapsing so that a pasted essay costs no more than a sentence.
    String head = text == null ? "" : text.substring(0, Math.min(text.length(), QUOTE_LIMIT * 4));
    String line = oneLine(head);
    if (line.length() <= QUOTE_LIMIT) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
    return line.substring(0, end).stripTrailing() + "…";
  }

  // Control characters would corrupt the note wherever it is shown, so they go with the line breaks.
  private static String oneLine(String text) {
    return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
  }
}
