package org.reviewactions.action;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.notification.NotificationStatus;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action's whole story for its page, in time order: its history (created, assigned, progress, evidence and
 * verdicts, lapse, decisions, closure), the e-mails sent about it, and the tasks people completed in the engine.
 * Only for people who may read the action ({@link ActionHistoryAccess}); to anyone else the action does not exist.
 */
@Service
public class ActionStories {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

  /** The facts at the top of the page, as people read them. */
  public record Summary(Long id, Long reviewId, String reviewTitle, String recommendationNumber, String recommendation,
      String description, String agency, String responsible, String ownerId, String owner, String timescale, String dueDate,
      String status, Rag rag, String processInstanceId) {}

  /** One thing that happened: when, what kind of thing, who did it (null for the application), and in words. */
  public record Entry(Instant at, String when, String what, String who, String text) {}

  public record Story(Summary summary, List<Entry> entries, List<EvidenceSummaries.Submission> evidence) {}

  private final ActionRepository actions;
  private final ActionService service;
  private final ActionHistoryAccess access;
  private final EvidenceSummaries evidence;
  private final NotificationService notifications;
  private final HistoryService engineHistory;
  private final RoleDirectory roles;
  private final AsSystem asSystem;
  private final Clock clock;

  ActionStories(ActionRepository actions, ActionService service, ActionHistoryAccess access, EvidenceSummaries evidence,
      NotificationService notifications, HistoryService engineHistory, RoleDirectory roles, AsSystem asSystem, Clock clock) {
    this.actions = actions;
    this.service = service;
    this.access = access;
    this.evidence = evidence;
    this.notifications = notifications;
    this.engineHistory = engineHistory;
    this.roles = roles;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /**
   * Whether the signed-in person may read the action's story, and with it download its evidence files: the page
   * and the file address answer to the same rule.
   */
  public boolean mayRead(Action action) {
    return access.mayRead(action);
  }

  /** The story of the action if there is one and the signed-in person may read it; otherwise empty. */
  @Transactional(readOnly = true)
  public Optional<Story> forReader(Long actionId) {
    Optional<Action> found = actions.findById(actionId).filter(access::mayRead);
    return found.map(action -> new Story(summary(action), entries(action), evidence.submissions(action.getId())));
  }

  /**
   * A person's name, looked up as the application: the reader may not read other users' accounts in the engine,
   * and would otherwise see bare user ids.
   */
  private String name(String userId) {
    return userId == null ? null : asSystem.call(() -> roles.displayName(userId));
  }

  private Summary summary(Action action) {
    Recommendation recommendation = service.recommendationOf(action);
    return new Summary(action.getId(), recommendation.getReview().getId(), recommendation.getReview().getTitle(),
        recommendation.getNumber(), recommendation.getText(), action.getDescription(), action.getAgency(),
        action.getResponsible(), action.getOwnerUserId(), name(action.getOwnerUserId()),
        action.getTimescale(), action.getDueDate() == null ? "No due date (ongoing)" : FormDates.shown(action.getDueDate()),
        action.getStatus().label(), service.rag(action), action.getProcessInstanceId());
  }

  private List<Entry> entries(Action action) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (HistoryEntry h : service.history(action.getId())) {
      entries.add(entry(names, h.getHappenedAt(), what(h.getKind()), h.getActor(), h.getText()));
    }
    for (Notification n : notifications.forAction(action.getId())) {
      boolean sent = n.getStatus() == NotificationStatus.SENT;
      entries.add(entry(names, sent ? n.getSentAt() : n.getCreatedAt(), mailWhat(n.getKind(), sent), null,
          n.getSubject() + " (to " + n.getRecipient() + ")"));
    }
    Map<String, String> completers = completers(action);
    for (HistoricTaskInstance task : completedTasks(action)) {
      entries.add(entry(names, task.getEndTime().toInstant(), "Task completed",
          task.getAssignee() != null ? task.getAssignee() : completers.get(task.getId()), task.getName()));
    }
    // A stable sort: entries written in the same instant keep the order their sources wrote them in.
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }

  /** Completed tasks with who completed them, from the engine's history, which the reader may not query themselves. */
  private List<HistoricTaskInstance> completedTasks(Action action) {
    if (action.getProcessInstanceId() == null) {
      return List.of();
    }
    return asSystem.call(() -> engineHistory.createHistoricTaskInstanceQuery()
        .processInstanceId(action.getProcessInstanceId()).finished().taskDeleteReason("completed")
        .orderByHistoricTaskInstanceEndTime().asc().list());
  }

  /**
   * Who completed each task, from the engine's user operation log: a group task completed without being claimed
   * has no assignee, but the log keeps the person signed in when it was completed.
   */
  private Map<String, String> completers(Action action) {
    if (action.getProcessInstanceId() == null) {
      return Map.of();
    }
    Map<String, String> completers = new HashMap<>();
    asSystem.call(() -> engineHistory.createUserOperationLogQuery().processInstanceId(action.getProcessInstanceId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
        .forEach(entry -> {
          if (entry.getTaskId() != null && entry.getUserId() != null) {
            completers.putIfAbsent(entry.getTaskId(), entry.getUserId());
          }
        });
    return completers;
  }

  private Entry entry(Map<String, String> names, Instant at, String what, String actor, String text) {
    String who = actor == null ? null : names.computeIfAbsent(actor, this::name);
    return new Entry(at, STAMP.format(at.atZone(clock.getZone())), what, who, text);
  }

  private static String what(String kind) {
    return switch (kind) {
      case "IMPORTED" -> "Created from the plan";
      case "STARTED" -> "Started";
      case "DATES_CONFIRMED" -> "Dates confirmed";
      case "OWNER_ASSIGNED" -> "Assigned";
      case "OWNER_NOMINATED" -> "Owner nominated";
      case "PROGRESS" -> "Progress update";
      case "EVIDENCE_SUBMITTED" -> "Evidence submitted";
      case "EVIDENCE_ACCEPTED" -> "Evidence verified";
      case "EVIDENCE_REJECTED" -> "Evidence rejected";
      case "COMPLETED" -> "Closed as complete";
      case "LAPSED" -> "Lapsed";
      case "TIMESCALE_REVISED" -> "Timescale revised";
      case "REASSIGNED" -> "Reassigned";
      case "ESCALATED" -> "Escalated to the board";
      case "BOARD_DECISION" -> "Board challenge";
      case "CLOSED_INCOMPLETE" -> "Closed without completion";
      case "EXTENSION_REQUESTED" -> "More time requested";
      case "EXTENSION_DECIDED" -> "Decision on more time";
      case "ROLE_HOLDER_CHANGED" -> "Role handed over";
      case "CHALLENGE_RAISED" -> "Agency challenged";
      case "CHALLENGE_REMINDED" -> "Challenge response date passed";
      case "CHALLENGE_ANSWERED" -> "Agency responded to challenge";
      case "CHALLENGE_ACCEPTED" -> "Challenge response accepted";
      case "CHALLENGE_ESCALATED" -> "Challenge escalated to the board";
      case "CHALLENGE_OUTCOME" -> "Board outcome of challenge";
      default -> kind;
    };
  }

  private static String mailWhat(String kind, boolean sent) {
    String what = switch (kind) {
      case "reminder" -> "Reminder";
      case "progress-request" -> "Progress request";
      case "assignment" -> "Assignment";
      case "overdue" -> "Overdue notice";
      case "evidence-rejected" -> "Rejection";
      case "action-complete" -> "Completion notice";
      case "escalation-chair" -> "Lapse sent to the sub-group chair";
      case "escalation-board" -> "Escalation sent to the board";
      case "extension-decided" -> "Decision on more time";
      case "task-overdue" -> "Overdue task notice";
      default -> "E-mail (" + kind + ")";
    };
    return what + (sent ? " e-mailed" : " waiting to be e-mailed");
  }
}
