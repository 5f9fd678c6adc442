package org.reviewactions.action;

import static org.reviewactions.action.ActionProcess.Var.PROGRESS_AS_AT;
import static org.reviewactions.action.ActionProcess.Var.PROGRESS_TEXT;
import static org.reviewactions.action.ActionProcess.Var.SUBMISSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The default path out of "Deliver action", so it also catches a submission that chose nothing. */
@Component("recordProgressDelegate")
class RecordProgressDelegate implements JavaDelegate {

  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordProgressDelegate(ActionService actions, CurrentUser currentUser) {
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.ofProcess(execution.getProcessInstanceId());
    if (!ActionProcess.Value.SUBMIT_PROGRESS.equals(ActionVariables.text(execution, SUBMISSION))) {
      throw new BusinessRuleException("Choose whether you are recording a progress update or submitting evidence.");
    }
    String author = currentUser.idOr(action.getOwnerUserId());
    actions.recordProgress(action.getId(), ActionVariables.text(execution, PROGRESS_AS_AT),
        ActionVariables.text(execution, PROGRESS_TEXT), author);
    ActionVariables.clear(execution, SUBMISSION, PROGRESS_AS_AT, PROGRESS_TEXT);
  }
}
