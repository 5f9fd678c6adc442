package org.reviewactions.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewactions.evidence.Evidence;
import org.reviewactions.evidence.EvidenceService;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.IcsCalendar;
import org.reviewactions.notification.MailAttachment;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.plan.Recommendation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The e-mails about an action: who gets them, what they say (the words are in templates), and their keys. */
@Component
@Transactional
class ActionMail {

  static final String ASSIGNMENT = "assignment";
  static final String EVIDENCE_REJECTED = "evidence-rejected";

  private final ActionService actions;
  private final EvidenceService evidence;
  private final RoleDirectory roles;
  private final NotificationService notifications;
  private final TasklistLinks links;

  ActionMail(ActionService actions, EvidenceService evidence, RoleDirectory roles, NotificationService notifications,
      TasklistLinks links) {
    this.actions = actions;
    this.evidence = evidence;
    this.roles = roles;
    this.notifications = notifications;
    this.links = links;
  }

  /** Tells the owner the action is theirs, with the due date as a calendar entry. */
  boolean sendAssignment(Long actionId, String processInstanceId) {
    Action action = actions.get(actionId);
    Person owner = roles.requirePerson(action.getOwnerUserId());
    String link = links.openTask(processInstanceId, ActionProcess.Element.DELIVER_ACTION);
    Map<String, Object> model = model(action, owner, link);
    List<MailAttachment> attachments = action.getDueDate() == null ? List.of()
        : List.of(MailAttachment.calendar("action-due.ics", IcsCalendar.dueDate("action-" + actionId + "@review-action-tracker",
            "Due: " + ActionTaskContextListener.shorten(action.getDescription()),
            action.getRecommendation().getReview().getTitle() + " recommendation " + action.getRecommendation().getNumber()
                + "\n" + action.getDescription(), action.getDueDate(), link)));
    return notifications.send(new MailMessage(key(actionId, ASSIGNMENT, owner.userId()), actionId, ASSIGNMENT,
        owner.email(), owner.displayName(), model, attachments));
  }

  /** Returns the evidence to the owner with the verifier's reason. */
  boolean sendRejection(Long actionId, Long evidenceId, String processInstanceId) {
    Action action = actions.get(actionId);
    Person owner = roles.requirePerson(action.getOwnerUserId());
    Evidence rejected = evidence.get(evidenceId);
    Map<String, Object> model = model(action, owner, links.openTask(processInstanceId, ActionProcess.Element.DELIVER_ACTION));
    model.put("reason", rejected.getReason());
    model.put("verifierName", roles.displayName(rejected.getVerifiedBy()));
    return notifications.send(new MailMessage(key(actionId, EVIDENCE_REJECTED, String.valueOf(evidenceId)), actionId,
        EVIDENCE_REJECTED, owner.email(), owner.displayName(), model, List.of()));
  }

  private Map<String, Object> model(Action action, Person recipient, String taskLink) {
    Recommendation recommendation = action.getRecommendation();
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", recipient.displayName());
    model.put("reviewTitle", recommendation.getReview().getTitle());
    model.put("reviewRef", recommendation.getReview().getReference());
    model.put("board", recommendation.getReview().getBoard());
    model.put("recommendationNumber", recommendation.getNumber());
    model.put("recommendationText", recommendation.getText());
    model.put("intendedOutcome", recommendation.getIntendedOutcome());
    model.put("actionDescription", action.getDescription());
    model.put("actionShort", ActionTaskContextListener.shorten(action.getDescription()));
    model.put("agency", action.getAgency());
    model.put("timescale", action.getTimescale());
    model.put("dueDate", action.getDueDate() == null ? null : MailDates.longDate(action.getDueDate()));
    model.put("taskLink", taskLink);
    return model;
  }

  /** Action, kind and what makes this message unique: a retried job finds the key and sends nothing. */
  private static String key(Long actionId, String kind, String discriminator) {
    return "action:" + actionId + ":" + kind + ":" + discriminator;
  }
}
