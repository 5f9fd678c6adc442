package org.reviewactions.action.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which reminder an action is sent next and when, from the action's dates alone. It keeps no state and
 * reads no clock: the caller says what has already happened by passing {@code after}, and walks through an action's
 * whole sequence by calling {@link #next} again with the previous reminder's {@link ScheduledReminder#at() at}.
 *
 * <p>Every instant it returns is at {@link ReminderProperties#sendAt() send-at} (09:00) in
 * {@link ReminderProperties#zone() zone} (Europe/London) on a working day of the {@link WorkingCalendar}: a date
 * that falls on a weekend or bank holiday moves forward to the next working day.
 *
 * <h2>Reminders before the due date</h2>
 *
 * For each offset {@code d} in {@link ReminderProperties#offsetsDays() offsets-days} (default 28, 14, 7, 1), the
 * date {@code due - d} moved forward to a working day. A reminder that this shift moves onto the due date itself is
 * kept; one it moves past the due date is dropped (an action due on Easter Sunday gets no 1-day reminder, which
 * would otherwise go out on Tuesday). Offsets that shift onto the same day count once, as the larger offset.
 *
 * <h2>Progress requests</h2>
 *
 * An action with a review cadence ("monitored quarterly") is asked for a progress update every cadence period
 * counted from its start date: {@code start + 1×cadence}, {@code start + 2×cadence}, ... (each a multiple of the
 * cadence from the start, so 31 January with {@code P1M} gives 28/29 February then 31 March), each moved forward to
 * a working day. With a due date, only requests that land before the due date are sent: from then on reminders and
 * lapses take over. An ongoing action (no due date) is always asked, every cadence period or, with no cadence of its
 * own, every {@link ReminderProperties#defaultCadence() default-cadence} (quarterly). With no start date the periods
 * are counted from {@code after}'s date, so such a series follows whatever instant the caller last passed; pass the
 * start date for a fixed series. When a reminder and a progress request fall at the same instant, the reminder is
 * the one sent.
 *
 * <h2>Lapse and escalation</h2>
 *
 * A due date passes at the end of its day; the lapse is noticed at send-at on the first working day after it
 * ({@link #lapseAt}). The monitoring sub-group chair then has {@link ReminderProperties#chairDecisionWorkingDays()
 * chair-decision-working-days} working days to decide ({@link #chairDeadline}); the lapsed action's owner is
 * reminded every {@link ReminderProperties#overdueEvery() overdue-every} ({@link #nextOverdueReminder}); the board's
 * next review date is sent on the working day on or after it ({@link #nextBoardReview}).
 */
public class ReminderSchedule {

  /**
   * One notification to send.
   *
   * @param at when to send it: a working day at send-at in the zone
   * @param kind a reminder before the due date or a progress-update request
   * @param offsetDays for a reminder, the offset (days before the due date) it was planned from; 0 for a progress
   *     request
   */
  public record ScheduledReminder(Instant at, Kind kind, int offsetDays) {

    /** What the notification asks of the owner. */
    public enum Kind {
      /** The due date is coming: {@code offsetDays} before it. */
      REMINDER,
      /** Record a "progress as at" entry for this period. */
      PROGRESS_REQUEST
    }

    public ScheduledReminder {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private final ReminderProperties properties;
  private final WorkingCalendar calendar;

  public ReminderSchedule(ReminderProperties properties, WorkingCalendar calendar) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** A schedule over a calendar built from the same properties. */
  public ReminderSchedule(ReminderProperties properties) {
    this(properties, new WorkingCalendar(properties));
  }

  /** The calendar this schedule moves dates with. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The earliest reminder or progress request strictly after {@code after}, if any remains.
   *
   * @param startDate when the action started; progress requests count from it (may be null: then from
   *     {@code after}'s date)
   * @param dueDate when the action is due; null for an ongoing action, which always has a next progress request
   * @param cadence how often the owner is asked for progress; may be null: then none for an action with a due date,
   *     and {@link ReminderProperties#defaultCadence() default-cadence} for an ongoing one
   * @param after only notifications strictly after this instant count
   * @throws IllegalArgumentException when the cadence is zero or negative
   */
  public Optional<ScheduledReminder> next(LocalDate startDate, LocalDate dueDate, Period cadence, Instant after) {
    Objects.requireNonNull(after, "after");
    ScheduledReminder next = dueDate == null ? null : nextReminder(dueDate, after);
    Period period = dueDate == null && cadence == null ? properties.defaultCadence() : cadence;
    if (period != null) {
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("a review cadence must be a positive period such as P3M: " + period);
      }
      LocalDate from = startDate != null ? startDate : calendar.dateOf(after);
      ScheduledReminder request = nextProgressRequest(from, period, dueDate, after);
      if (request != null && (next == null || request.at().isBefore(next.at()))) {
        next = request;
      }
    }
    return Optional.ofNullable(next);
  }

  /**
   * When a lapse is noticed: {@code dueDate} passes at the end of its day, so send-at on the first working day after
   * it (due Thursday 24 December 2026: Tuesday 29 December 2026, past Christmas, the weekend and the Boxing Day
   * substitute).
   */
  public Instant lapseAt(LocalDate dueDate) {
    return calendar.sendingTime(Objects.requireNonNull(dueDate, "dueDate").plusDays(1));
  }

  /**
   * When the monitoring sub-group chair's decision on a lapse is due: chair-decision-working-days working days after
   * {@code lapsedAt}'s date, at send-at.
   */
  public Instant chairDeadline(Instant lapsedAt) {
    return calendar.plusWorkingDays(lapsedAt, properties.chairDecisionWorkingDays());
  }

  /** The next weekly (overdue-every) overdue reminder: {@code after}'s date plus the period, on a working day. */
  public Instant nextOverdueReminder(Instant after) {
    return calendar.sendingTime(calendar.dateOf(after).plus(properties.overdueEvery()));
  }

  /** When a board review set for {@code date} is sent: send-at on that date, or the next working day. */
  public Instant nextBoardReview(LocalDate date) {
    return calendar.sendingTime(Objects.requireNonNull(date, "date"));
  }

  private ScheduledReminder nextReminder(LocalDate dueDate, Instant after) {
    ScheduledReminder earliest = null;
    List<Integer> offsets = properties.offsetsDays(); // largest first: equal instants keep the larger offset
    for (int offset : offsets) {
      LocalDate day = calendar.onOrAfter(dueDate.minusDays(offset));
      if (day.isAfter(dueDate)) {
        continue;
      }
      Instant at = calendar.sendingTime(day);
      if (at.isAfter(after) && (earliest == null || at.isBefore(earliest.at()))) {
        earliest = new ScheduledReminder(at, ScheduledReminder.Kind.REMINDER, offset);
      }
    }
    return earliest;
  }

  private ScheduledReminder nextProgressRequest(LocalDate from, Period cadence, LocalDate dueDate, Instant after) {
    for (int k = 1; ; k++) {
      LocalDate day = calendar.onOrAfter(from.plus(cadence.multipliedBy(k)));
      if (dueDate != null && !day.isBefore(dueDate)) {
        return null;
      }
      Instant at = calendar.sendingTime(day);
      if (at.isAfter(after)) {
        return new ScheduledReminder(at, ScheduledReminder.Kind.PROGRESS_REQUEST, 0);
      }
    }
  }
}
