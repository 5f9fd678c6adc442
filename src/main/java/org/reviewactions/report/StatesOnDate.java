package org.reviewactions.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionStateChange;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.HistoryEntry;
import org.reviewactions.action.HistoryKind;

/**
 * An action's status and due date at a moment. The kept changes of status and due date say it exactly; for the
 * time before an action's first kept change (actions older than that record, or a date before the import)
 * the kinds of its history lines say the status, and the first kept due date, or today's, stands for the due date.
 */
final class StatesOnDate {

  /** The status is a name, so a status this module does not know yet (WITHDRAWN) still reads. */
  record State(String status, LocalDate dueDate) {}

  private StatesOnDate() {}

  static State at(Action action, Instant end, List<ActionStateChange> changes, List<HistoryEntry> history) {
    ActionStateChange kept = null;
    for (ActionStateChange change : changes) {
      if (change.getChangedAt().isBefore(end)) {
        kept = change;
      }
    }
    if (kept != null) {
      return new State(kept.getStatus(), kept.getDueDate());
    }
    LocalDate due = changes.isEmpty() ? action.getDueDate() : changes.get(0).getDueDate();
    String status = ActionStatus.NOT_STARTED.name();
    for (HistoryEntry entry : history) {
      if (entry.getHappenedAt().isBefore(end)) {
        status = after(status, entry);
      }
    }
    return new State(status, due);
  }

  /** The status a history line leaves the action in, as the action module's services set it. */
  private static String after(String status, HistoryEntry entry) {
    HistoryKind kind;
    try {
      kind = HistoryKind.valueOf(entry.getKind());
    } catch (IllegalArgumentException e) {
      return "WITHDRAWN".equals(entry.getKind()) ? "WITHDRAWN" : status;
    }
    return switch (kind) {
      case IMPORTED, DATES_CONFIRMED -> ActionStatus.NOT_STARTED.name();
      case STARTED -> entry.getText().startsWith("Started. The timescale could not")
          ? ActionStatus.AWAITING_DATES.name() : ActionStatus.NOT_STARTED.name();
      case OWNER_ASSIGNED, OWNER_NOMINATED, REASSIGNED, TIMESCALE_REVISED -> ActionStatus.IN_PROGRESS.name();
      case EVIDENCE_SUBMITTED -> ActionStatus.EVIDENCE_SUBMITTED.name();
      case EVIDENCE_REJECTED -> ActionStatus.EVIDENCE_REJECTED.name();
      case COMPLETED -> ActionStatus.COMPLETE.name();
      case LAPSED -> ActionStatus.EVIDENCE_SUBMITTED.name().equals(status) ? status : ActionStatus.LAPSED.name();
      case ESCALATED -> ActionStatus.ESCALATED.name();
      case CLOSED_INCOMPLETE -> ActionStatus.CLOSED_INCOMPLETE.name();
      case EXTENSION_DECIDED -> entry.getText().startsWith("More time agreed")
          && (ActionStatus.LAPSED.name().equals(status) || ActionStatus.ESCALATED.name().equals(status))
          ? ActionStatus.IN_PROGRESS.name() : status;
      default -> "WITHDRAWN".equals(kind.name()) ? "WITHDRAWN" : status;
    };
  }
}
