package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Record board outcome: what the board decided about an escalated challenge, which ends it. */
@Component("recordBoardOutcomeDelegate")
class RecordBoardOutcomeDelegate implements JavaDelegate {

  private final AgencyChallenges challenges;
  private final CurrentUser currentUser;

  RecordBoardOutcomeDelegate(AgencyChallenges challenges, CurrentUser currentUser) {
    this.challenges = challenges;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    challenges.recordOutcome((Long) execution.getVariable(Var.CHALLENGE_ID), (String) execution.getVariable(Var.BOARD_OUTCOME),
        currentUser.idOr(null));
  }
}
