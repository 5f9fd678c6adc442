package org.reviewactions.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a published plan's dates forward by whole years so that its work is live today: some actions
 * lapsed, some due soon, some months away. Whole years keep every month name as the board wrote it.
 * Only dates are touched (a month followed by a year, or a day.month.year), never a year on its own
 * such as "Children Act 2004" nor a paragraph number such as "3.3.14".
 */
final class DemoPlans {

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(\\b" + MONTH + "\\.?\\s{0,3})((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}[./]\\d{1,2}[./])(\\d{4})\\b");
  /** Two-digit years only where a date is certain ("as at 1.7.06"): "3.3.14" is a recommendation number. */
  private static final Pattern AS_AT_SHORT_YEAR = Pattern.compile("(?i)(\\bas at\\s{1,3}\\d{1,2}[./]\\d{1,2}[./])(\\d{2})\\b");

  private DemoPlans() {}

  static String shiftYears(String text, int years) {
    String shifted = replace(MONTH_YEAR.matcher(text), years);
    shifted = replace(DAY_MONTH_YEAR.matcher(shifted), years);
    return replace(AS_AT_SHORT_YEAR.matcher(shifted), years);
  }

  private static String replace(Matcher matcher, int years) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String year = matcher.group(2);
      String moved = year.length() == 2
          ? String.format("%02d", (Integer.parseInt(year) + years) % 100)
          : String.valueOf(Integer.parseInt(year) + years);
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + moved));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
