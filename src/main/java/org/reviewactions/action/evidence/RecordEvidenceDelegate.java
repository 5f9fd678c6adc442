package org.reviewactions.action.evidence;

import static org.reviewactions.action.ActionProcess.Var.EVIDENCE_REFERENCES;
import static org.reviewactions.action.ActionProcess.Var.EVIDENCE_SUMMARY;
import static org.reviewactions.action.ActionProcess.Var.SUBMISSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordEvidenceDelegate")
class RecordEvidenceDelegate implements JavaDelegate {

  private final EvidenceService evidence;
  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordEvidenceDelegate(EvidenceService evidence, CurrentUser currentUser, ActionService actions) {
    this.actions = actions;
    this.evidence = evidence;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.ofProcess(execution.getProcessInstanceId());
    String submitter = currentUser.idOr(action.getOwnerUserId());
    evidence.submit(action.getId(), ActionVariables.text(execution, EVIDENCE_SUMMARY),
        ActionVariables.text(execution, EVIDENCE_REFERENCES), submitter);
    ActionVariables.clear(execution, SUBMISSION, EVIDENCE_SUMMARY, EVIDENCE_REFERENCES);
  }
}
