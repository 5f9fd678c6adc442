package org.reviewactions.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in an e-mail. */
public final class MailDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private MailDates() {}

  /** {@code 2027-03-14} becomes "Sunday 14 March 2027"; {@code null} becomes "no date set". */
  public static String longDate(LocalDate date) {
    return date == null ? "no date set" : LONG.format(date);
  }
}
