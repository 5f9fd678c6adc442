package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.notification.MailDates;
import org.springframework.stereotype.Component;

/**
 * The ladder of a group's task that passes its deadline (rat.deadlines). At the deadline the chairs of the
 * monitoring sub-group (for Board challenge, the board group in {@code overdueTaskGroup}) are told; a second
 * period later the routed board group ({@code boardGroup}, from the action-routing decision) becomes a candidate
 * group of the still-open task and is told, as a lapse reaches the board. Either way the action is Red while the
 * task is past its deadline ({@link ActionService#rag}), and its tasks' priorities follow. The send tasks name the
 * overdue task in their input {@code overdueTaskKey}. The e-mails go the way every action e-mail goes
 * ({@link ActionNotifications}): keyed by the task's id, and left to the daily digest for those who chose it.
 */
@Component
class OverdueTaskNotifications {

  static final String OVERDUE_TASK_KEY = "overdueTaskKey";
  /** Optional: who is told, when not the monitoring sub-group (the board group, for an overdue board challenge). */
  static final String OVERDUE_TASK_GROUP = "overdueTaskGroup";

  private final ActionService actions;
  private final ActionNotifications mail;
  private final TaskOverdueNotices notices;
  private final TaskPriorities priorities;
  private final Clock clock;

  OverdueTaskNotifications(ActionService actions, ActionNotifications mail, TaskOverdueNotices notices,
      TaskPriorities priorities, Clock clock) {
    this.actions = actions;
    this.mail = mail;
    this.notices = notices;
    this.priorities = priorities;
    this.clock = clock;
  }

  /** The first period: the chairs (or the board, for its own task) are told; the action goes Red. */
  void taskOverdue(DelegateExecution execution) {
    Task task = overdueTask(execution);
    if (task == null) {
      return; // done in the meantime: nothing to chase
    }
    priorities.follow(execution);
    Action action = actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
    Object group = execution.getVariableLocal(OVERDUE_TASK_GROUP);
    String told = group == null ? (String) execution.getVariable(ActionProcess.Var.MONITORING_GROUP) : group.toString();
    // Keyed by the task's id, so a retried job asks for the same e-mails; those on the digest find it listed there.
    mail.toGroupExcept(execution, action, told, action.getOwnerUserId(), MailKind.TASK_OVERDUE, task.getId(), details(task));
  }

  /**
   * The second period: the routed board group may now do the task (a candidate group of it) and is told; the
   * action's history says so. A task that is already the board's (Board challenge) is not handed over again: the
   * board is told again, and the history says that instead.
   */
  void taskOverdueTwice(DelegateExecution execution) {
    Task task = overdueTask(execution);
    if (task == null) {
      return;
    }
    String board = (String) execution.getVariable(ActionProcess.Var.BOARD_GROUP);
    boolean already = !notices.handTo(task, board);
    Action action = actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
    Map<String, String> details = details(task);
    String due = details.containsKey(ActionProcess.MailDetail.TASK_DUE) ? " (due " + details.get(ActionProcess.MailDetail.TASK_DUE) + ")" : "";
    String name = details.get(ActionProcess.MailDetail.TASK_NAME);
    if (already) {
      details.put(ActionProcess.MailDetail.AGAIN, "true");
      actions.addHistory(action.getId(), null, HistoryKind.TASK_ESCALATED, "“" + name + "”" + due
          + " was still not done a second period after its deadline: the board (" + board + ") was told again.");
    } else {
      actions.addHistory(action.getId(), null, HistoryKind.TASK_ESCALATED, "“" + name + "”" + due
          + " was still not done a second period after its deadline: taken to the board (" + board + "), which may now do it.");
    }
    priorities.follow(execution);
    // Keyed by the task's id (a template of its own), so a retried job asks for the same e-mails.
    mail.toGroupExcept(execution, action, board, action.getOwnerUserId(), MailKind.TASK_WITH_BOARD, task.getId(), details);
  }

  private Task overdueTask(DelegateExecution execution) {
    return notices.openTask(execution, (String) execution.getVariableLocal(OVERDUE_TASK_KEY));
  }

  private Map<String, String> details(Task task) {
    return details(task, clock.getZone());
  }

  /** What the overdue e-mails say about the task: its element id, the name people see, and when it was due. */
  static Map<String, String> details(Task task, java.time.ZoneId zone) {
    Map<String, String> details = new HashMap<>();
    details.put(ActionProcess.MailDetail.TASK_KEY, task.getTaskDefinitionKey());
    // The name as the diagram gives it, without the action that the task list adds to it.
    String name = task.getName();
    details.put(ActionProcess.MailDetail.TASK_NAME, name.contains(":") ? name.substring(0, name.indexOf(':')) : name);
    if (task.getDueDate() != null) {
      details.put(ActionProcess.MailDetail.TASK_DUE,
          MailDates.longDate(LocalDate.ofInstant(task.getDueDate().toInstant(), zone)));
    }
    return details;
  }
}
