package org.reviewactions.action;

import java.util.HashMap;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/**
 * The "a task is waiting for you" e-mail ({@link WaitingTaskListener}). Its details were taken when the task was
 * created, so it needs neither the action (a recommendation's task has none) nor the task to be still open.
 */
@Component
class TaskNoticeMail {

  static final String TASK_ID = "taskId";
  static final String TASK_NAME = "taskName";
  static final String DUE = "taskDue";

  private final RoleDirectory roles;
  private final TasklistLinks links;

  TaskNoticeMail(RoleDirectory roles, TasklistLinks links) {
    this.roles = roles;
    this.links = links;
  }

  /** The waiting-task e-mail, and the overdue-task e-mails about a task of no action ({@link TaskOverdueNotices}). */
  static boolean composes(NotificationRequest request) {
    return WaitingTaskListener.KIND.equals(request.kind()) || (request.actionId() == null
        && (MailKind.TASK_OVERDUE.template().equals(request.kind()) || MailKind.TASK_WITH_BOARD.template().equals(request.kind())));
  }

  MailMessage compose(NotificationRequest request) {
    Person recipient = roles.requirePerson(request.recipientUserId());
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", recipient.displayName());
    model.put("taskName", request.details().get(TASK_NAME));
    model.put("taskDue", request.details().get(DUE));
    model.put(TaskOverdueNotices.ABOUT, request.details().get(TaskOverdueNotices.ABOUT));
    model.put(TaskOverdueNotices.REVIEW_TITLE, request.details().get(TaskOverdueNotices.REVIEW_TITLE));
    model.put(ActionProcess.MailDetail.AGAIN, request.details().get(ActionProcess.MailDetail.AGAIN));
    String taskId = request.details().get(TASK_ID);
    model.put("settingsLink", links.page("/settings/e-mails"));
    model.put("taskLink", taskId == null ? links.tasklist() : links.task(taskId));
    return new MailMessage(request.idempotencyKey(), request.actionId(), request.kind(), recipient.email(),
        recipient.displayName(), model, java.util.List.of());
  }
}
