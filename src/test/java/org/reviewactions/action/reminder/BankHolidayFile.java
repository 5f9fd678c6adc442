package org.reviewactions.action.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The England and Wales bank holidays as the application reads them, for tests of the schedule. */
final class BankHolidayFile {

  /**
   * England and Wales holidays of 2028 by the usual rules (New Year's Day substitute, Good Friday, Easter Monday),
   * which GOV.UK had not published when the snapshot was taken; for the schedule tests that walk into 2028.
   */
  static final List<LocalDate> EARLY_2028 =
      List.of(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17));

  private BankHolidayFile() {}

  static List<LocalDate> load() {
    return BankHolidays.englandAndWales().dates();
  }

  /** Default settings with the England and Wales bank holidays and the early 2028 ones. */
  static ReminderProperties englandAndWales() {
    return ReminderProperties.defaults()
        .withBankHolidays(Stream.concat(load().stream(), EARLY_2028.stream()).toList());
  }
}
