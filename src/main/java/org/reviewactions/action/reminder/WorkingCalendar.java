package org.reviewactions.action.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Working days and sending times: Monday to Friday except the configured bank holidays, with every date read in
 * {@link ReminderProperties#zone()} (Europe/London) and every sending time at {@link ReminderProperties#sendAt()}
 * (09:00) local time, so 09:00 GMT in winter and 09:00 BST (08:00 UTC) in summer.
 *
 * <p>Dates outside the configured holiday list are working days whenever they fall Monday to Friday.
 */
public class WorkingCalendar {

  private final Set<LocalDate> bankHolidays;
  private final LocalTime sendAt;
  private final ZoneId zone;

  public WorkingCalendar(ReminderProperties properties) {
    Objects.requireNonNull(properties, "properties");
    this.bankHolidays = Set.copyOf(properties.bankHolidays());
    this.sendAt = properties.sendAt();
    this.zone = properties.zone();
  }

  /** The zone every date is read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The local time of day at which reminders go out. */
  public LocalTime sendAt() {
    return sendAt;
  }

  /** Whether {@code date} is Monday to Friday and not a bank holiday. */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
  }

  /** {@code date} itself when it is a working day, otherwise the next working day after it. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = Objects.requireNonNull(date, "date");
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** {@link #onOrAfter(LocalDate) onOrAfter(date)} at the sending time in the zone. */
  public Instant sendingTime(LocalDate date) {
    return at(onOrAfter(date));
  }

  /** The date of {@code instant} in the zone. */
  public LocalDate dateOf(Instant instant) {
    return Objects.requireNonNull(instant, "instant").atZone(zone).toLocalDate();
  }

  /**
   * The sending time on the working day {@code n} working days after {@code from}'s date in the zone: with
   * {@code n = 1} the next working day after that date; with {@code n = 0} that date itself if it is a working day,
   * otherwise the next one.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public Instant plusWorkingDays(Instant from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + n);
    }
    LocalDate day = dateOf(from);
    if (n == 0) {
      return sendingTime(day);
    }
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return at(day);
  }

  private Instant at(LocalDate date) {
    return ZonedDateTime.of(date, sendAt, zone).toInstant();
  }
}
