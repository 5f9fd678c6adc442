package org.reviewactions.action;

import java.util.Set;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.shared.ProcessBookkeeping;
import org.springframework.stereotype.Component;

/**
 * The action process's variables that only steer it: who it is for, where it routes, when its timers fire and what
 * its delegates worked out for a gateway or an e-mail. Each is set by the application from the plan tables or from
 * a form's fields (which keep their history), so none is kept in variable history. {@link Var#MONITORING_GROUP}
 * keeps its value there, without a record of each change: {@link ActionHistoryAccess} reads it from history.
 * The service tasks that only set these (start, plan, resolve the owner, plan each reminder) leave no activity
 * history: their effect is in these variables, in the plan tables and in the tasks and timers that follow.
 */
@Component
class ActionBookkeeping implements ProcessBookkeeping {

  static final Set<String> WITHOUT_HISTORY = Set.of(Var.OWNER_ID, Var.OWNER_KNOWN, Var.DUE_DATE, Var.FOLLOW_UP_DATE,
      Var.NEEDS_CONFIRMATION, Var.AGENCY_LEADS_GROUP, Var.PLAN_MANAGERS_GROUP, Var.NOMINATING_GROUPS, Var.AGENCY,
      Var.DEFAULT_CHAIR_GROUP, Var.DEFAULT_BOARD_GROUP, Var.BOARD_GROUP, Var.EVIDENCE_ACCEPTED,
      Var.REJECTED_EVIDENCE_ID, Var.LAPSE_AT, Var.HAS_NEXT_REMINDER, Var.NEXT_REMINDER_AT, Var.NEXT_REMINDER_KIND,
      Var.NEXT_REMINDER_OFFSET, Var.NEXT_OVERDUE_REMINDER_AT, Var.CHAIR_DEADLINE, Var.NEXT_BOARD_REVIEW_AT,
      Var.LAPSE_GRACE_UNTIL, Var.EXTENSION_APPROVED, Var.EXTENSION_REQUESTED_DATE, Var.EXTENSION_DECISION_REASON,
      Var.EXTENSION_DECIDER, Var.ASSIGNMENT_EMAILED);

  /** Run for every action and every reminder; {@link Element#RECORD_DATES} and the other "Record" tasks are kept. */
  static final Set<String> WITHOUT_ACTIVITY_HISTORY = Set.of(Element.START_ACTION, Element.PLAN_ACTION,
      Element.RESOLVE_OWNER, Element.PLAN_NEXT_REMINDER, Element.PLAN_OVERDUE_REMINDER);

  @Override
  public boolean withoutHistory(String variableName) {
    return WITHOUT_HISTORY.contains(variableName);
  }

  @Override
  public boolean withoutDetail(String variableName) {
    return withoutHistory(variableName) || Var.MONITORING_GROUP.equals(variableName);
  }

  @Override
  public boolean withoutActivityHistory(String processKey, String elementId) {
    return ActionProcess.KEY.equals(processKey) && WITHOUT_ACTIVITY_HISTORY.contains(elementId);
  }
}
