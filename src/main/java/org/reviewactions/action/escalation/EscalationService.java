package org.reviewactions.action.escalation;

import java.time.Clock;
import java.time.LocalDate;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.HistoryKind;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when an action's timescale bites: the lapse, the sub-group chair's decision, the
 * board's challenge, and requests for more time. Every change of date keeps the old date in the
 * action's history.
 */
@Service
public class EscalationService {

  private final ActionService actions;
  private final RoleDirectory roles;
  private final Clock clock;

  EscalationService(ActionService actions, RoleDirectory roles, Clock clock) {
    this.actions = actions;
    this.roles = roles;
    this.clock = clock;
  }

  /** The due date passed without verified evidence: the action turns Red. */
  @Transactional
  public Action markLapsed(Long actionId) {
    Action action = actions.get(actionId);
    action.setLapsedAt(clock.instant());
    if (action.getStatus() != ActionStatus.EVIDENCE_SUBMITTED) {
      action.setStatus(ActionStatus.LAPSED);
    }
    actions.addHistory(actionId, null, HistoryKind.LAPSED, "Lapsed: the due date " + ActionService.formatDate(action.getDueDate())
        + " passed without verified evidence. The monitoring sub-group chair has been asked to decide.");
    return action;
  }

  /** A new due date agreed by the chair or required by the board; reminders are re-planned from it. */
  @Transactional
  public void revise(Long actionId, String newDueDate, String reason, String actor, String who) {
    LocalDate due = futureDate(newDueDate, "The revised due date");
    requireText(reason, "Give the reason for the revised timescale");
    Action action = actions.get(actionId);
    requireNotOwner(action, actor);
    String old = ActionService.formatDate(action.getDueDate());
    action.revise(due);
    action.setStatus(action.getOwnerUserId() == null ? ActionStatus.AWAITING_OWNER : ActionStatus.IN_PROGRESS);
    actions.addHistory(actionId, actor, HistoryKind.TIMESCALE_REVISED, who + " revised the timescale: due "
        + ActionService.formatDate(due) + " instead of " + old + ". " + reason.strip());
  }

  /** The chair gives the action to another owner. */
  @Transactional
  public void reassign(Long actionId, String newOwnerId, String actor) {
    requireText(newOwnerId, "Enter the user id of the new owner");
    String owner = roles.requirePerson(newOwnerId).userId();
    Action action = actions.get(actionId);
    requireNotOwner(action, actor);
    String previous = action.getOwnerUserId() == null ? "nobody" : roles.displayName(action.getOwnerUserId());
    action.setOwnerUserId(owner);
    action.setStatus(ActionStatus.IN_PROGRESS);
    actions.addHistory(actionId, actor, HistoryKind.REASSIGNED, "Reassigned from " + previous + " to "
        + roles.displayName(owner) + ".");
  }

  /** The lapse goes to the board: by the chair's decision, or because nobody decided in time. */
  @Transactional
  public void escalate(Long actionId, String reason, String actor) {
    Action action = actions.get(actionId);
    requireNotOwner(action, actor);
    action.setEscalatedAt(clock.instant());
    action.setStatus(ActionStatus.ESCALATED);
    actions.addHistory(actionId, actor, HistoryKind.ESCALATED, "Escalated to the board: " + reason);
  }

  /** The board closes the action without completion; it is never reported as Complete. */
  @Transactional
  public void closeIncomplete(Long actionId, String rationale, String actor) {
    requireText(rationale, "Record the board's rationale for closing the action without completion");
    Action action = actions.get(actionId);
    action.setStatus(ActionStatus.CLOSED_INCOMPLETE);
    action.setClosedReason(rationale.strip());
    actions.addHistory(actionId, actor, HistoryKind.CLOSED_INCOMPLETE, "Closed by the board without completion: "
        + rationale.strip());
  }

  /** The board keeps the action escalated and looks at it again on the given date. */
  @Transactional
  public LocalDate keepEscalated(Long actionId, String nextReview, String rationale, String actor) {
    LocalDate date = futureDate(nextReview, "The next review date");
    requireText(rationale, "Record why the board keeps the action escalated");
    actions.addHistory(actionId, actor, HistoryKind.BOARD_DECISION, "The board keeps the action escalated and will review it on "
        + ActionService.formatDate(date) + ". " + rationale.strip());
    return date;
  }

  /** The owner asks for more time from the Deliver task. */
  @Transactional
  public void requestExtension(Long actionId, String date, String reason, String actor) {
    LocalDate requested = futureDate(date, "The new date you can meet");
    requireText(reason, "Say why more time is needed");
    Action action = actions.get(actionId);
    if (action.getDueDate() != null && !requested.isAfter(action.getDueDate())) {
      throw new BusinessRuleException("The new date " + ActionService.formatDate(requested) + " is not after the current due date "
          + ActionService.formatDate(action.getDueDate()) + ".");
    }
    action.requestExtension(requested, reason.strip());
    actions.addHistory(actionId, actor, HistoryKind.EXTENSION_REQUESTED, "More time requested: until "
        + ActionService.formatDate(requested) + ". " + reason.strip());
  }

  /** The chair agrees or refuses the request; agreeing revises the due date. Returns whether it was agreed. */
  @Transactional
  public boolean decideExtension(Long actionId, String decision, String response, String actor) {
    Action action = actions.get(actionId);
    requireNotOwner(action, actor);
    LocalDate requested = action.getExtensionRequestedDate();
    if (requested == null) {
      throw new BusinessRuleException("There is no request for more time on this action.");
    }
    if (ActionProcess.Value.APPROVE.equals(decision)) {
      String old = ActionService.formatDate(action.getDueDate());
      action.revise(requested);
      if (action.getStatus() == ActionStatus.LAPSED || action.getStatus() == ActionStatus.ESCALATED) {
        action.setStatus(ActionStatus.IN_PROGRESS);
      }
      actions.addHistory(actionId, actor, HistoryKind.EXTENSION_DECIDED, "More time agreed: due "
          + ActionService.formatDate(requested) + " instead of " + old + "." + suffix(response));
      return true;
    }
    if (!ActionProcess.Value.REFUSE.equals(decision)) {
      throw new BusinessRuleException("Choose whether to agree or refuse the request for more time.");
    }
    requireText(response, "Tell the owner why more time is refused");
    action.requestExtension(null, null);
    actions.addHistory(actionId, actor, HistoryKind.EXTENSION_DECIDED, "More time refused: " + response.strip());
    return false;
  }

  /** Nobody decides on their own action: not its lapse, not its timescale, not more time for it. */
  private static void requireNotOwner(Action action, String actor) {
    if (actor != null && actor.equals(action.getOwnerUserId())) {
      throw new BusinessRuleException("You own this action, so you cannot decide on it. Another member of the group must.");
    }
  }

  private LocalDate futureDate(String value, String field) {
    LocalDate date = FormDates.parse(value, field);
    if (date == null) {
      throw new BusinessRuleException(field + " is missing.");
    }
    if (!date.isAfter(LocalDate.now(clock))) {
      throw new BusinessRuleException(field + " " + ActionService.formatDate(date) + " must be in the future.");
    }
    return date;
  }

  private static String suffix(String text) {
    return text == null || text.isBlank() ? "" : " " + text.strip();
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(message + ".");
    }
  }
}
