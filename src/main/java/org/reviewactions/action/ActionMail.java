package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.IcsCalendar;
import org.reviewactions.notification.MailAttachment;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationComposer;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.review.Recommendation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the e-mails about an action when their jobs run: who gets them, the model their templates
 * fill in, and the link to the task the recipient has to work on (which exists by then).
 */
@Component
@Transactional
class ActionMail implements NotificationComposer {

  private final ActionService actions;
  private final EvidenceSummaries evidence;
  private final RoleDirectory roles;
  private final TasklistLinks links;
  private final Clock clock;
  private final TaskNoticeMail taskNotices;

  ActionMail(ActionService actions, EvidenceSummaries evidence, RoleDirectory roles, TasklistLinks links, Clock clock,
      TaskNoticeMail taskNotices) {
    this.taskNotices = taskNotices;
    this.actions = actions;
    this.evidence = evidence;
    this.roles = roles;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public boolean composes(String kind) {
    return WaitingTaskListener.KIND.equals(kind) || java.util.Arrays.stream(MailKind.values()).anyMatch(k -> k.template().equals(kind));
  }

  @Override
  public MailMessage compose(NotificationRequest request) {
    if (TaskNoticeMail.composes(request)) {
      return taskNotices.compose(request);
    }
    Action action = actions.get(request.actionId());
    Person recipient = roles.requirePerson(request.recipientUserId());
    MailKind kind = MailKind.of(request.kind());
    Recommendation recommendation = actions.recommendationOf(action);
    Map<String, Object> model = model(action, recommendation, recipient,
        links.openTask(request.sourceProcessInstanceId(), kind.taskKey(request.details())));
    model.putAll(request.details());
    List<MailAttachment> attachments = List.of();
    switch (kind) {
      case ASSIGNMENT -> attachments = calendar(action, recommendation, (String) model.get("taskLink"));
      case EVIDENCE_REJECTED -> {
        EvidenceSummaries.Verdict rejected = evidence.verdict(Long.valueOf(request.details().get(ActionProcess.MailDetail.EVIDENCE_ID)));
        model.put("reason", rejected.reason());
        model.put("verifierName", roles.displayName(rejected.verifiedBy()));
      }
      case ACTION_COMPLETE -> evidence.latestVerdict(action.getId()).ifPresent(e -> {
        model.put("verifierName", roles.displayName(e.verifiedBy()));
        model.put("completedDate", MailDates.longDate(LocalDate.ofInstant(e.verifiedAt(), clock.getZone())));
      });
      case EXTENSION_DECIDED -> {
        if (request.details().get(ActionProcess.MailDetail.DECIDER) != null) {
          model.put(ActionProcess.MailDetail.DECIDER, roles.displayName(request.details().get(ActionProcess.MailDetail.DECIDER)));
        }
      }
      case OVERDUE, ESCALATION_CHAIR, ESCALATION_BOARD -> {
        model.put("daysOverdue", String.valueOf(daysOverdue(action)));
        model.put("ownerName", action.getOwnerUserId() == null ? null : roles.displayName(action.getOwnerUserId()));
      }
      default -> { }
    }
    return new MailMessage(request.idempotencyKey(), action.getId(), kind.template(), recipient.email(),
        recipient.displayName(), model, attachments);
  }

  private long daysOverdue(Action action) {
    return action.getDueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(action.getDueDate(), LocalDate.now(clock)));
  }

  private List<MailAttachment> calendar(Action action, Recommendation recommendation, String link) {
    if (action.getDueDate() == null) {
      return List.of();
    }
    return List.of(MailAttachment.calendar("action-due.ics", IcsCalendar.dueDate("action-" + action.getId() + "@review-action-tracker",
        "Due: " + ActionTaskContextListener.shorten(action.getDescription()),
        recommendation.getReview().getTitle() + " recommendation " + recommendation.getNumber()
            + "\n" + action.getDescription(), action.getDueDate(), link, clock.instant())));
  }

  /** The values every e-mail about an action reads; the template tests build their models with it too. */
  static Map<String, Object> model(Action action, Recommendation recommendation, Person recipient, String taskLink) {
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
}
