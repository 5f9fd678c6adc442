package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.challenge.AgencyChallengeProcess.Element;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * When a task of a challenge is created, its candidate group hears of it with a link to the task: the agency's leads
 * when a concern is raised, the routed chairs when a response waits, the routed board when a challenge is escalated.
 * The person whose own step created it is not told.
 */
@Component("waitingChallengeTaskListener")
class WaitingChallengeTaskListener implements TaskListener {

  private final ChallengeNotifications notifications;
  private final CurrentUser currentUser;

  WaitingChallengeTaskListener(ChallengeNotifications notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    String groups = switch (key) {
      case Element.RESPOND -> (String) task.getVariable(Var.RESPONDING_GROUPS);
      case Element.REVIEW_RESPONSE -> (String) task.getVariable(Var.MONITORING_GROUP);
      default -> (String) task.getVariable(Var.BOARD_GROUP);
    };
    notifications.toGroups((Long) task.getVariable(Var.CHALLENGE_ID), task.getProcessInstanceId(),
        AgencyChallengeProcess.WAITING_MAIL, task.getId(), currentUser.id().orElse(null), key, groups.split(","));
  }
}
