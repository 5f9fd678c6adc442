package org.reviewactions.action;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.identity.RoleDirectory;
import org.springframework.stereotype.Component;

@Component("resolveOwnerDelegate")
class ResolveOwnerDelegate implements JavaDelegate {

  private final ActionService actions;
  private final RoleDirectory roles;

  ResolveOwnerDelegate(ActionService actions, RoleDirectory roles) {
    this.actions = actions;
    this.roles = roles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> owner = actions.resolveOwner(actions.idOfProcess(execution.getProcessInstanceId()));
    ActionVariables.setForThisStep(execution, ActionProcess.Var.OWNER_KNOWN, owner.isPresent());
    execution.setVariable(ActionProcess.Var.OWNER_ID, owner.orElse(null));
    if (owner.isEmpty()) {
      // A nomination in a group nobody is in would wait unseen until the action lapses.
      String leads = (String) execution.getVariable(ActionProcess.Var.AGENCY_LEADS_GROUP);
      // Delegates run without the engine's authorization checks (authorizationEnabledForCustomCode is off),
      // so the whole group is counted whoever's step this is.
      execution.setVariable(ActionProcess.Var.NOMINATING_GROUPS, roles.members(leads).isEmpty()
          ? leads + "," + execution.getVariable(ActionProcess.Var.PLAN_MANAGERS_GROUP) : leads);
    }
  }
}
