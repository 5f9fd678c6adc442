package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordNomineeDelegate")
class RecordNomineeDelegate implements JavaDelegate {

  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordNomineeDelegate(ActionService actions, CurrentUser currentUser) {
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String owner = actions.nominateOwner(actions.idOfProcess(execution.getProcessInstanceId()),
        ActionVariables.text(execution, ActionProcess.Var.NOMINEE_ID), currentUser.id().orElse(null));
    execution.setVariable(ActionProcess.Var.OWNER_ID, owner);
    ActionVariables.clear(execution, ActionProcess.Var.NOMINEE_ID);
  }
}
