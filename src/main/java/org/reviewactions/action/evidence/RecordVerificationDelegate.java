package org.reviewactions.action.evidence;

import static org.reviewactions.action.ActionProcess.Var.EVIDENCE_ACCEPTED;
import static org.reviewactions.action.ActionProcess.Var.EVIDENCE_DECISION;
import static org.reviewactions.action.ActionProcess.Var.REJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Records the verifier's decision; the verifier is whoever completed "Verify evidence". */
@Component("recordVerificationDelegate")
class RecordVerificationDelegate implements JavaDelegate {

  private final EvidenceService evidence;
  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordVerificationDelegate(EvidenceService evidence, CurrentUser currentUser, ActionService actions) {
    this.actions = actions;
    this.evidence = evidence;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Evidence decided = evidence.decide(actions.idOfProcess(execution.getProcessInstanceId()),
        ActionVariables.text(execution, EVIDENCE_DECISION), ActionVariables.text(execution, REJECTION_REASON),
        currentUser.id().orElse(null));
    boolean accepted = decided.getDecision() == EvidenceDecision.ACCEPTED;
    execution.setVariable(EVIDENCE_ACCEPTED, accepted);
    execution.setVariable(ActionProcess.Var.REJECTED_EVIDENCE_ID, accepted ? null : decided.getId());
    ActionVariables.clear(execution, EVIDENCE_DECISION, REJECTION_REASON);
  }
}
