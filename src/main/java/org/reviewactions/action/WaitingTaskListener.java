package org.reviewactions.action;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Tells the people a new task waits for: its assignee, or every member of its candidate groups, but never
 * the person whose own step created it. Those who chose the daily digest hear about it there instead
 * ({@link TaskDigests}). Runs after the context listener, so the e-mail carries the task's full name.
 */
@Component("waitingTaskListener")
class WaitingTaskListener implements TaskListener {

  static final String KIND = "task-waiting";

  private final RoleDirectory roles;
  private final EmailPreferences preferences;
  private final NotificationRequests requests;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final java.time.Clock clock;

  WaitingTaskListener(RoleDirectory roles, EmailPreferences preferences, NotificationRequests requests,
      CurrentUser currentUser, AsSystem asSystem, java.time.Clock clock) {
    this.roles = roles;
    this.preferences = preferences;
    this.requests = requests;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = currentUser.id().orElse(null);
    // The actor may not read other people's accounts; who is told is the application's decision, not theirs.
    asSystem.call(() -> {
      for (String userId : recipients(task, actor)) {
        if (preferences.prefersDigest(userId)) {
          continue;
        }
        roles.person(userId).filter(p -> p.email() != null && !p.email().isBlank())
            .ifPresent(person -> request(task, person));
      }
      return null;
    });
  }

  /** The assignee if there is one, otherwise the candidate users and the members of the candidate groups. */
  Set<String> recipients(DelegateTask task, String actor) {
    Set<String> recipients = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
    } else {
      for (IdentityLink link : task.getCandidates()) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (link.getUserId() != null) {
          recipients.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          roles.members(link.getGroupId()).stream().map(Person::userId).forEach(recipients::add);
        }
      }
    }
    if (actor != null) {
      recipients.remove(actor);
    }
    return recipients;
  }

  private void request(DelegateTask task, Person person) {
    Map<String, String> details = new HashMap<>();
    details.put(TaskNoticeMail.TASK_ID, task.getId());
    details.put(TaskNoticeMail.TASK_NAME, task.getName());
    if (task.getDueDate() != null) {
      details.put(TaskNoticeMail.DUE, MailDates.longDate(
          java.time.LocalDate.ofInstant(((Date) task.getDueDate()).toInstant(), clock.getZone())));
    }
    // Keyed by the task, not filed under the action: a recommendation's task has no action.
    requests.request(new NotificationRequest(KIND, null,
        person.userId(), "task:" + task.getId() + ":waiting:" + person.userId(), task.getProcessInstanceId(), details));
  }
}
