package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Record response: keeps what the agency's lead wrote and who wrote it; the chair's review comes next. */
@Component("recordChallengeResponseDelegate")
class RecordChallengeResponseDelegate implements JavaDelegate {

  private final AgencyChallenges challenges;
  private final CurrentUser currentUser;

  RecordChallengeResponseDelegate(AgencyChallenges challenges, CurrentUser currentUser) {
    this.challenges = challenges;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    challenges.recordResponse((Long) execution.getVariable(Var.CHALLENGE_ID), (String) execution.getVariable(Var.RESPONSE),
        currentUser.idOr(null));
  }
}
