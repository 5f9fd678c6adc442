package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.springframework.stereotype.Component;

/** Record unanswered challenge: no response came in time, so the challenge goes to the board as a chair's escalation would. */
@Component("recordUnansweredChallengeDelegate")
class RecordUnansweredChallengeDelegate implements JavaDelegate {

  private final AgencyChallenges challenges;

  RecordUnansweredChallengeDelegate(AgencyChallenges challenges) {
    this.challenges = challenges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    challenges.recordUnanswered((Long) execution.getVariable(Var.CHALLENGE_ID));
  }
}
