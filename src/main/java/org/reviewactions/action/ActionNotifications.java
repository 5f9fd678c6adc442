package org.reviewactions.action;

import static org.reviewactions.action.ActionProcess.MailDetail;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.springframework.stereotype.Component;

/**
 * Asks for the action's e-mails from its send tasks: who gets each, and the idempotency key that
 * makes a re-fired timer or a retried job ask for the same e-mail, which is then sent only once.
 */
@Component
class ActionNotifications {


  private final ActionService actions;
  private final RoleDirectory roles;
  private final NotificationRequests requests;
  private final java.time.Clock clock;
  private final EmailPreferences preferences;

  /**
   * What these e-mails announce the daily digest lists (a task, or what happened to one's action: completed, evidence
   * returned), so those who chose the digest get only that.
   */
  static final java.util.Set<MailKind> IN_THE_DIGEST = java.util.EnumSet.of(
      MailKind.ASSIGNMENT, MailKind.OVERDUE, MailKind.ESCALATION_CHAIR, MailKind.ESCALATION_BOARD, MailKind.TASK_OVERDUE,
      MailKind.TASK_WITH_BOARD, MailKind.ACTION_COMPLETE, MailKind.EVIDENCE_REJECTED);

  ActionNotifications(ActionService actions, RoleDirectory roles, NotificationRequests requests, java.time.Clock clock,
      EmailPreferences preferences) {
    this.preferences = preferences;
    this.clock = clock;
    this.actions = actions;
    this.roles = roles;
    this.requests = requests;
  }

  void assignment(DelegateExecution execution) {
    Action action = action(execution);
    boolean again = Boolean.TRUE.equals(execution.getVariable(Var.ASSIGNMENT_EMAILED));
    execution.setVariable(Var.ASSIGNMENT_EMAILED, true);
    toOwner(execution, action, MailKind.ASSIGNMENT, action.getOwnerUserId() + ":" + action.getDueDate(),
        again ? Map.of(MailDetail.REVISED, "true") : Map.of());
  }

  void rejection(DelegateExecution execution) {
    Object evidenceId = execution.getVariable(Var.REJECTED_EVIDENCE_ID);
    toOwner(execution, action(execution), MailKind.EVIDENCE_REJECTED, String.valueOf(evidenceId),
        Map.of(MailDetail.EVIDENCE_ID, String.valueOf(evidenceId)));
  }

  void completion(DelegateExecution execution) {
    toOwner(execution, action(execution), MailKind.ACTION_COMPLETE, "", Map.of());
  }

  void reminder(DelegateExecution execution) {
    Instant at = instant(execution, Var.NEXT_REMINDER_AT);
    boolean progress = ActionVariables.nextReminderIsProgressRequest(execution);
    Map<String, String> details = new HashMap<>();
    if (progress) {
      Action action = action(execution);
      List<ProgressUpdate> updates = actions.progress(action.getId());
      if (!updates.isEmpty()) {
        details.put(MailDetail.LAST_PROGRESS_DATE, MailDates.longDate(updates.get(updates.size() - 1).getAsAt()));
      }
    } else {
      details.put(MailDetail.DAYS_BEFORE_DUE, String.valueOf(execution.getVariable(Var.NEXT_REMINDER_OFFSET)));
    }
    toOwner(execution, action(execution), progress ? MailKind.PROGRESS_REQUEST : MailKind.REMINDER, at.toString(), details);
  }

  /** The overdue notice goes to the owner and the agency's leads; with no owner yet, the leads are asked to nominate one. */
  void overdue(DelegateExecution execution) {
    overdue(execution, false, instant(execution, Var.LAPSE_AT));
  }

  void overdueReminder(DelegateExecution execution) {
    overdue(execution, true, instant(execution, Var.NEXT_OVERDUE_REMINDER_AT));
  }

  private void overdue(DelegateExecution execution, boolean weekly, Instant scheduled) {
    Action action = action(execution);
    String stamp = scheduled.toString();
    Map<String, String> details = new HashMap<>();
    if (weekly) {
      details.put(MailDetail.WEEKLY, "true");
    }
    if (action.getOwnerUserId() != null) {
      toOwner(execution, action, MailKind.OVERDUE, stamp, details);
    }
    if (!weekly || action.getOwnerUserId() == null) {
      Map<String, String> leadDetails = new HashMap<>(details);
      if (action.getOwnerUserId() == null) {
        leadDetails.put(MailDetail.NO_OWNER, "true");
      }
      toGroup(execution, action, AgencyGroups.leadsGroup(action.getAgency()), MailKind.OVERDUE, stamp, leadDetails);
    }
  }

  /** The chairs decide on the lapse; one who owns the action is not asked to judge their own lapse. */
  void chairEscalation(DelegateExecution execution) {
    Action action = action(execution);
    Instant deadline = instant(execution, Var.CHAIR_DEADLINE);
    Map<String, String> details = Map.of(MailDetail.DECISION_DEADLINE, MailDates.longDate(LocalDate.ofInstant(deadline, clock.getZone())));
    for (Person chair : roles.members((String) execution.getVariable(Var.MONITORING_GROUP))) {
      if (!chair.userId().equals(action.getOwnerUserId())) {
        request(execution, action, chair.userId(), MailKind.ESCALATION_CHAIR, String.valueOf(action.getLapsedAt()), details);
      }
    }
  }

  void boardEscalation(DelegateExecution execution) {
    Action action = action(execution);
    Map<String, String> details = new HashMap<>();
    details.put(MailDetail.REASON, String.valueOf(execution.getVariable(Var.ESCALATION_REASON)));
    toGroup(execution, action, (String) execution.getVariable(Var.BOARD_GROUP), MailKind.ESCALATION_BOARD,
        String.valueOf(action.getEscalatedAt()), details);
  }

  /** The owner hears whether more time was agreed, by whom, why, and the due date that now stands. */
  void extensionDecision(DelegateExecution execution) {
    Action action = action(execution);
    Map<String, String> details = new HashMap<>();
    details.put(MailDetail.APPROVED, String.valueOf(Boolean.TRUE.equals(execution.getVariable(Var.EXTENSION_APPROVED))));
    details.put(MailDetail.REQUESTED_DATE, String.valueOf(execution.getVariable(Var.EXTENSION_REQUESTED_DATE)));
    details.put(MailDetail.NEW_DUE_DATE, MailDates.longDate(action.getDueDate()));
    Object reason = execution.getVariable(Var.EXTENSION_DECISION_REASON);
    if (reason != null) {
      details.put(MailDetail.DECISION_REASON, reason.toString());
    }
    Object decider = execution.getVariable(Var.EXTENSION_DECIDER);
    if (decider != null) {
      details.put(MailDetail.DECIDER, decider.toString());
    }
    toOwner(execution, action, MailKind.EXTENSION_DECIDED, details.get(MailDetail.REQUESTED_DATE) + ":" + details.get(MailDetail.APPROVED), details);
  }

  private void toOwner(DelegateExecution execution, Action action, MailKind kind, String discriminator, Map<String, String> details) {
    if (action.getOwnerUserId() == null) {
      return;
    }
    request(execution, action, action.getOwnerUserId(), kind, discriminator, details);
  }

  private void toGroup(DelegateExecution execution, Action action, String groupId, MailKind kind, String discriminator,
      Map<String, String> details) {
    toGroupExcept(execution, action, groupId, null, kind, discriminator, details);
  }

  /** E-mails every member of the group but {@code except} (who may be null), leaving those on the digest to it. */
  void toGroupExcept(DelegateExecution execution, Action action, String groupId, String except, MailKind kind,
      String discriminator, Map<String, String> details) {
    for (Person member : roles.members(groupId)) {
      if (!member.userId().equals(except)) {
        request(execution, action, member.userId(), kind, discriminator, details);
      }
    }
  }

  private void request(DelegateExecution execution, Action action, String recipient, MailKind kind, String discriminator,
      Map<String, String> details) {
    if (IN_THE_DIGEST.contains(kind) && preferences.prefersDigest(recipient)) {
      return;
    }
    String key = "action:" + action.getId() + ":" + kind.template() + ":" + discriminator + ":" + recipient;
    requests.request(new NotificationRequest(kind.template(), action.getId(), recipient, key,
        execution.getProcessInstanceId(), details));
  }

  private Action action(DelegateExecution execution) {
    return actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
  }

  private static Instant instant(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Date date ? date.toInstant() : Instant.EPOCH;
  }
}
