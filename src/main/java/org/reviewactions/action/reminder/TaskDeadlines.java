package org.reviewactions.action.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates of the people's tasks, for the diagrams' {@code camunda:dueDate},
 * {@code camunda:followUpDate} and overdue timers ({@code ${taskDeadlines.due('verifyEvidence')}}). The engine
 * evaluates them as the task is created, so each counts from that moment on the application's clock.
 *
 * <p>A deadline is at send-at (09:00) on the n-th working day, as the chair's lapse decision deadline is; the
 * follow-up date is half-way there in working days (rounded up), the point at which Tasklist's follow-up filter
 * shows the task as one to look at.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final TaskDeadlineProperties properties;
  private final WorkingCalendar calendar;
  private final Clock clock;

  TaskDeadlines(TaskDeadlineProperties properties, WorkingCalendar calendar, Clock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** When the task named {@code key} (e.g. {@code verifyEvidence}) is due, counted from now. */
  public Date due(String key) {
    return Date.from(calendar.plusWorkingDays(clock.instant(), properties.workingDays(key)));
  }

  /**
   * When the task named {@code key}, still open, goes to the board: the same service level again after its
   * deadline (twice its working days), counted from now as {@link #due} is.
   */
  public Date toBoard(String key) {
    return Date.from(calendar.plusWorkingDays(clock.instant(), 2 * properties.workingDays(key)));
  }

  /**
   * The working days named {@code key} after a deadline set elsewhere (e.g. an agency challenge's response date), at
   * send-at: when what is still not done by then goes further.
   */
  public Date after(Date deadline, String key) {
    return Date.from(calendar.plusWorkingDays(Objects.requireNonNull(deadline, "deadline").toInstant(),
        properties.workingDays(key)));
  }

  /** The follow-up date of the task named {@code key}: half-way to its due date. */
  public Date followUp(String key) {
    return Date.from(calendar.plusWorkingDays(clock.instant(), halfOf(properties.workingDays(key))));
  }

  /** The follow-up date of a task due at {@code due} (a deadline set elsewhere): half-way there in working days. */
  public Date followUpBefore(Date due) {
    Instant now = clock.instant();
    Instant until = Objects.requireNonNull(due, "due").toInstant();
    int days = 0;
    for (LocalDate day = calendar.dateOf(now).plusDays(1); !day.isAfter(calendar.dateOf(until)); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        days++;
      }
    }
    Instant followUp = calendar.plusWorkingDays(now, halfOf(days));
    return Date.from(followUp.isAfter(until) ? until : followUp);
  }


  private static int halfOf(int workingDays) {
    return (workingDays + 1) / 2;
  }
}
