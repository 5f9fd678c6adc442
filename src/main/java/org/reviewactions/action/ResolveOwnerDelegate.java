package org.reviewactions.action;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("resolveOwnerDelegate")
class ResolveOwnerDelegate implements JavaDelegate {

  private final ActionService actions;

  ResolveOwnerDelegate(ActionService actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> owner = actions.resolveOwner(actions.idOfProcess(execution.getProcessInstanceId()));
    execution.setVariable(ActionProcess.Var.OWNER_KNOWN, owner.isPresent());
    execution.setVariable(ActionProcess.Var.OWNER_ID, owner.orElse(null));
  }
}
