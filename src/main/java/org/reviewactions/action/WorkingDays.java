package org.reviewactions.action;

import java.time.LocalDate;
import org.reviewactions.action.reminder.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The working days the reminders keep (Monday to Friday, England and Wales bank holidays and any configured in
 * {@code rat.reminders.bank-holidays}), for modules that schedule by them without reaching into the reminders.
 */
@Component
public class WorkingDays {

  private final WorkingCalendar calendar;

  WorkingDays(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** 09:00 (send-at) in the zone on {@code date}, or on the next working day when it is not one. */
  public java.time.Instant sendingTime(LocalDate date) {
    return calendar.sendingTime(date);
  }

  /** Whether {@code date} is Monday to Friday and not a bank holiday. */
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  /**
   * Whether {@code date} is a working day and no working day of its quarter comes before it: when the quarter's
   * scheduled work (the quarterly report, the indicators' requests) goes on.
   */
  public boolean isFirstWorkingDayOfQuarter(LocalDate date) {
    if (!isWorkingDay(date)) {
      return false;
    }
    for (LocalDate day = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1); day.isBefore(date);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        return false;
      }
    }
    return true;
  }
}
