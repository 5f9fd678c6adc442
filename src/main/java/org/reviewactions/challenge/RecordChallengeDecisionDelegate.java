package org.reviewactions.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.challenge.AgencyChallengeProcess.Value;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Record chair's decision: the response accepted, or escalated to the board with a reason; sets the gateway's answer. */
@Component("recordChallengeDecisionDelegate")
class RecordChallengeDecisionDelegate implements JavaDelegate {

  private final AgencyChallenges challenges;
  private final CurrentUser currentUser;

  RecordChallengeDecisionDelegate(AgencyChallenges challenges, CurrentUser currentUser) {
    this.challenges = challenges;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = Value.ACCEPT.equals(execution.getVariable(Var.DECISION));
    challenges.recordDecision((Long) execution.getVariable(Var.CHALLENGE_ID), accepted,
        (String) execution.getVariable(Var.ESCALATION_REASON), currentUser.idOr(null));
    execution.setVariable(Var.ACCEPTED, accepted);
  }
}
