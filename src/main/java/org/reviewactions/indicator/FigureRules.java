package org.reviewactions.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a figure of each unit is typed and shown: a count is a whole number, zero or more; a percentage a number from 0
 * to 100 with at most two decimal places (a trailing % is allowed); yes/no is "yes" or "no", kept as 1 or 0. Anything
 * else (letters, formulas, expressions, markup) is refused with a message that does not repeat it.
 */
final class FigureRules {

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,12}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FigureRules() {}

  /**
   * The typed figure as kept, or the reason it is refused.
   *
   * @param label how the message names the figure, e.g. "Referrals to children's social care"
   */
  static Result parse(Unit unit, String typed, String label) {
    String text = typed == null ? "" : typed.strip().replace(",", "");
    if (text.isEmpty()) {
      return refused(label + ": enter " + (unit == Unit.YES_NO ? "yes or no." : "a figure."));
    }
    return switch (unit) {
      case COUNT -> {
        if (!WHOLE.matcher(text).matches()) {
          yield refused(label + ": enter a whole number of 0 or more, such as 12.");
        }
        BigDecimal value = new BigDecimal(text);
        yield value.signum() < 0 ? refused(label + ": a count cannot be negative; enter 0 or more.") : ok(value);
      }
      case PERCENTAGE -> {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!DECIMAL.matcher(number).matches()) {
          yield refused(label + ": enter a percentage from 0 to 100, such as 87.5.");
        }
        BigDecimal value = new BigDecimal(number);
        yield value.signum() < 0 || value.compareTo(HUNDRED) > 0
            ? refused(label + ": a percentage is from 0 to 100.") : ok(value);
      }
      case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
        case "yes" -> ok(BigDecimal.ONE);
        case "no" -> ok(BigDecimal.ZERO);
        default -> refused(label + ": choose yes or no.");
      };
    };
  }

  /** The figure as people read it: "12", "87.5%", "Yes". */
  static String shown(Unit unit, BigDecimal value) {
    if (value == null) {
      return "";
    }
    return switch (unit) {
      case COUNT -> value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
      case PERCENTAGE -> value.stripTrailingZeros().toPlainString() + "%";
      case YES_NO -> value.signum() == 0 ? "No" : "Yes";
    };
  }

  record Result(Optional<BigDecimal> value, String problem) {}

  private static Result ok(BigDecimal value) {
    return new Result(Optional.of(value), null);
  }

  private static Result refused(String problem) {
    return new Result(Optional.empty(), problem);
  }
}
