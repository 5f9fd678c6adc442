package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("closeActionDelegate")
class CloseActionDelegate implements JavaDelegate {

  private final ActionService actions;
  private final CurrentUser currentUser;

  CloseActionDelegate(ActionService actions, CurrentUser currentUser) {
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.complete(actions.idOfProcess(execution.getProcessInstanceId()), currentUser.id().orElse(null));
  }
}
