package org.reviewactions.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed into Tasklist forms or sent to the REST API, read the same way everywhere. */
public final class FormDates {

  private FormDates() {}

  /** The date, or null when the field was left empty; an error naming the field when it is not a date. */
  public static LocalDate parse(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      // Tasklist date fields submit ISO dates; a date-time from the REST API is cut to its date.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(field + ": '" + text + "' is not a date (expected YYYY-MM-DD).");
    }
  }
}
