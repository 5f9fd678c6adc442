package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.springframework.stereotype.Component;

/**
 * Email reminder to leads: the response date passed with no response. The key names the challenge and the person
 * only, so a retried job asks for the same e-mail, which is then sent once.
 */
@Component("emailChallengeReminderDelegate")
class EmailChallengeReminderDelegate implements JavaDelegate {

  private final AgencyChallenges challenges;
  private final ChallengeNotifications notifications;

  EmailChallengeReminderDelegate(AgencyChallenges challenges, ChallengeNotifications notifications) {
    this.challenges = challenges;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long challengeId = (Long) execution.getVariable(Var.CHALLENGE_ID);
    challenges.recordReminder(challengeId);
    notifications.toGroups(challengeId, execution.getProcessInstanceId(), AgencyChallengeProcess.REMINDER_MAIL, "", null,
        AgencyChallengeProcess.Element.RESPOND, String.valueOf(execution.getVariable(Var.RESPONDING_GROUPS)).split(","));
  }
}
