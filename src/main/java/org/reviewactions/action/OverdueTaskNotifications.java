package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.notification.MailDates;
import org.springframework.stereotype.Component;

/**
 * When a group's task passes its deadline (rat.deadlines), the chairs of the monitoring sub-group (for Board
 * challenge, the board group in {@code overdueTaskGroup}) are told, and
 * the task goes Red so Tasklist's priority sort puts it first. The send task names the overdue task in its input
 * {@code overdueTaskKey}. The e-mails go the way every action e-mail goes ({@link ActionNotifications}): keyed by the
 * task's id, and left to the daily digest for those who chose it.
 */
@Component
class OverdueTaskNotifications {

  static final String OVERDUE_TASK_KEY = "overdueTaskKey";
  /** Optional: who is told, when not the monitoring sub-group (the board group, for an overdue board challenge). */
  static final String OVERDUE_TASK_GROUP = "overdueTaskGroup";

  private final ActionService actions;
  private final ActionNotifications mail;
  private final TaskService tasks;
  private final Clock clock;

  OverdueTaskNotifications(ActionService actions, ActionNotifications mail, TaskService tasks, Clock clock) {
    this.actions = actions;
    this.mail = mail;
    this.tasks = tasks;
    this.clock = clock;
  }

  void taskOverdue(DelegateExecution execution) {
    String taskKey = (String) execution.getVariableLocal(OVERDUE_TASK_KEY);
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      return; // done in the meantime: nothing to chase
    }
    tasks.setPriority(task.getId(), Rag.RED.taskPriority());
    Action action = actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
    String due = task.getDueDate() == null ? null
        : MailDates.longDate(LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone()));
    // The name as the diagram gives it, without the action that the task list adds to it.
    String name = task.getName().contains(":") ? task.getName().substring(0, task.getName().indexOf(':')) : task.getName();
    Map<String, String> details = due == null
        ? Map.of(ActionProcess.MailDetail.TASK_KEY, taskKey, ActionProcess.MailDetail.TASK_NAME, name)
        : Map.of(ActionProcess.MailDetail.TASK_KEY, taskKey, ActionProcess.MailDetail.TASK_NAME, name,
            ActionProcess.MailDetail.TASK_DUE, due);
    Object group = execution.getVariableLocal(OVERDUE_TASK_GROUP);
    String told = group == null ? (String) execution.getVariable(ActionProcess.Var.MONITORING_GROUP) : group.toString();
    // Keyed by the task's id, so a retried job asks for the same e-mails; those on the digest find it listed there.
    mail.toGroupExcept(execution, action, told, action.getOwnerUserId(), MailKind.TASK_OVERDUE, task.getId(), details);
  }
}
