package org.reviewactions.action;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.springframework.stereotype.Component;

/**
 * The overdue-task ladder for a task that belongs to no action (a recommendation's "Confirm recommendation
 * implemented"): at its deadline the group is told and the task goes Red; a second period later the board group
 * becomes a candidate group and is told. The e-mails are task notices ({@link TaskNoticeMail}): filed under no action,
 * keyed by the task, and left to the daily digest for those who chose it.
 */
@Component
public class TaskOverdueNotices {

  /** Says what the task is about in the e-mail, e.g. "recommendation 3.3.9 ii" (the action e-mails say "an action"). */
  public static final String ABOUT = "about";
  /** The review's title, for the e-mail's subject and text. */
  public static final String REVIEW_TITLE = "reviewTitle";

  private final TaskService tasks;
  private final RoleDirectory roles;
  private final EmailPreferences preferences;
  private final NotificationRequests requests;
  private final Clock clock;

  TaskOverdueNotices(TaskService tasks, RoleDirectory roles, EmailPreferences preferences, NotificationRequests requests,
      Clock clock) {
    this.tasks = tasks;
    this.roles = roles;
    this.preferences = preferences;
    this.requests = requests;
    this.clock = clock;
  }

  /** The first period: the task named {@code taskKey}, if still open, goes Red and {@code group} is told. */
  public void overdue(DelegateExecution execution, String taskKey, String group, Map<String, String> about) {
    Task task = openTask(execution, taskKey);
    if (task == null) {
      return;
    }
    tasks.setPriority(task.getId(), Rag.RED.taskPriority());
    tell(execution, task, group, MailKind.TASK_OVERDUE, about);
  }

  /** The second period: {@code board} may now do the task, still Red, and is told. */
  public void toBoard(DelegateExecution execution, String taskKey, String board, Map<String, String> about) {
    Task task = openTask(execution, taskKey);
    if (task == null) {
      return;
    }
    handTo(task, board);
    tasks.setPriority(task.getId(), Rag.RED.taskPriority());
    tell(execution, task, board, MailKind.TASK_WITH_BOARD, about);
  }

  /** The process's open task of that element, or null when it was done in the meantime (nothing to chase). */
  Task openTask(DelegateExecution execution, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Makes {@code group} a candidate group of the task; false when it already was one (nothing changed). */
  boolean handTo(Task task, String group) {
    boolean already = tasks.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()));
    if (!already) {
      tasks.addCandidateGroup(task.getId(), group);
    }
    return !already;
  }

  private void tell(DelegateExecution execution, Task task, String group, MailKind kind, Map<String, String> about) {
    Map<String, String> details = new HashMap<>(OverdueTaskNotifications.details(task, clock.getZone()));
    details.put(TaskNoticeMail.TASK_ID, task.getId());
    details.putAll(about);
    for (Person member : roles.members(group)) {
      if (preferences.prefersDigest(member.userId())) {
        continue;
      }
      requests.request(new NotificationRequest(kind.template(), null, member.userId(),
          "task:" + task.getId() + ":" + kind.template() + ":" + member.userId(), execution.getProcessInstanceId(), details));
    }
  }
}
