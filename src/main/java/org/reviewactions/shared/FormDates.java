package org.reviewactions.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates people type into Tasklist forms, read one way everywhere: day/month/year, as British people
 * write them. Tasklist's own date picker read them the American way (31/03/2027 became a date in 2029),
 * so the forms take dates as text and only this class turns them into dates. Nothing is guessed: a
 * date in any other shape, or one that does not exist (31/02/2027), is refused with a message naming
 * the field, and the step it belongs to is rolled back.
 */
public final class FormDates {

  /** The shape the forms ask for; the forms' {@code validate.pattern} is the same. */
  public static final String PATTERN = "^\\d{1,2}/\\d{1,2}/\\d{4}$";
  /** What a person is told whenever a date cannot be read. */
  public static final String HOW_TO_TYPE = "Enter the date as day/month/year, e.g. 31/03/2027.";

  private static final Pattern TYPED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final DateTimeFormatter TYPED_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private FormDates() {}

  /**
   * The date, or null when the field was left empty.
   *
   * @param field the field's label as the form shows it, so the refusal names it
   * @throws BusinessRuleException (a 400 on task completion) when the text is not a day/month/year date
   */
  public static LocalDate parse(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    Matcher typed = TYPED.matcher(text);
    if (!typed.matches()) {
      throw new BusinessRuleException(field + ": '" + text + "' is not a date. " + HOW_TO_TYPE);
    }
    int day = Integer.parseInt(typed.group(1));
    int month = Integer.parseInt(typed.group(2));
    int year = Integer.parseInt(typed.group(3));
    if (month < 1 || month > 12) {
      throw new BusinessRuleException(field + ": '" + text + "' is not a date: there is no month " + month + ". "
          + HOW_TO_TYPE);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      YearMonth yearMonth = YearMonth.of(year, month);
      throw new BusinessRuleException(field + ": '" + text + "' is not a date: "
          + yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + year
          + " has no day " + day + ". " + HOW_TO_TYPE);
    }
  }

  /** A date as a form pre-fills it, to be typed over: 31/03/2027. */
  public static String typed(LocalDate date) {
    return date == null ? null : TYPED_FORMAT.format(date);
  }

  /** A date as people read it: 31 March 2027. */
  public static String shown(LocalDate date) {
    return date == null ? null : SHOWN.format(date);
  }
}
