package org.reviewactions.action;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.reviewactions.action.reminder.ReminderSchedule.ScheduledReminder;

/** Reads and writes the action process's variables in one place. */
public final class ActionVariables {

  /** Tasklist shows due dates with a time; the end of the working day is what a board means by a date. */
  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
  /** The owner's follow-up date: a fortnight before the due date, the point to take stock. */
  private static final int FOLLOW_UP_DAYS_BEFORE_DUE = 14;

  private ActionVariables() {}

  /**
   * The action a starting action process is for, as the recommendation process passed it in. Only
   * the start reads it; from then on delegates ask {@link ActionService#idOfProcess} (the business
   * table), never this variable, which a person could have tried to write.
   */
  static Long startingActionId(VariableScope scope) {
    Object value = scope.getVariable(ActionProcess.Var.ACTION_ID);
    if (value == null) {
      throw new IllegalStateException("The process has no " + ActionProcess.Var.ACTION_ID + " variable");
    }
    return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString().strip());
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** Due and follow-up dates for the Deliver action task, from the action's current dates. */
  public static void writeDates(VariableScope scope, Action action, ZoneId zone) {
    LocalDate due = action.getDueDate();
    scope.setVariable(ActionProcess.Var.DUE_DATE, toDate(due, zone));
    LocalDate followUp = due == null ? null : due.minusDays(FOLLOW_UP_DAYS_BEFORE_DUE);
    if (followUp != null && action.getStartDate() != null && followUp.isBefore(action.getStartDate())) {
      followUp = action.getStartDate();
    }
    scope.setVariable(ActionProcess.Var.FOLLOW_UP_DATE, toDate(followUp, zone));
  }

  static Date toDate(LocalDate date, ZoneId zone) {
    return date == null ? null : Date.from(date.atTime(END_OF_WORKING_DAY).atZone(zone).toInstant());
  }

  /**
   * Sets a value that only the elements run in this same step read (the routing decision and the gateway right
   * after the delegate that sets it): a transient variable, never written to ACT_RU_VARIABLE, where each stored
   * variable of every open action cost about 650 bytes with its indexes. An instance that stored the variable before
   * (started by an earlier version) keeps it stored and updated, since the engine refuses to turn a stored variable
   * into a transient one.
   */
  public static void setForThisStep(VariableScope scope, String name, Object value) {
    TypedValue stored = scope.getVariableTyped(name, false);
    scope.setVariable(name, stored != null && !stored.isTransient() ? value : Variables.untypedValue(value, true));
  }

  /**
   * Records what the next reminder is, for the mail when its timer fires: a reminder before the due date stores its
   * offset (days before the due date), a progress request stores nothing. One stored variable for a reminder and none
   * for a request, where an earlier version stored two for each ({@code nextReminderKind} and the offset, about 0.5 kB
   * each per open action with their indexes). An instance planned by an earlier version loses its kind variable here,
   * at its next plan.
   */
  public static void recordNextReminder(VariableScope scope, boolean progressRequest, int offsetDays) {
    scope.removeVariable(ActionProcess.Var.NEXT_REMINDER_KIND);
    if (progressRequest) {
      scope.removeVariable(ActionProcess.Var.NEXT_REMINDER_OFFSET);
    } else {
      scope.setVariable(ActionProcess.Var.NEXT_REMINDER_OFFSET, offsetDays);
    }
  }

  /** Whether the planned reminder ({@link #recordNextReminder}) is a progress request; an earlier version's kind first. */
  static boolean nextReminderIsProgressRequest(VariableScope scope) {
    Object kind = scope.getVariable(ActionProcess.Var.NEXT_REMINDER_KIND);
    return kind != null ? ScheduledReminder.Kind.PROGRESS_REQUEST.name().equals(kind) : scope.getVariable(ActionProcess.Var.NEXT_REMINDER_OFFSET) == null;
  }

  /** Form inputs are recorded in the business tables; clearing them keeps stale values off the next form. */
  public static void clear(VariableScope scope, String... names) {
    for (String name : names) {
      scope.removeVariable(name);
    }
  }
}
