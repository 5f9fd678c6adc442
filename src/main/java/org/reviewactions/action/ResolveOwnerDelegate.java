package org.reviewactions.action;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

@Component("resolveOwnerDelegate")
class ResolveOwnerDelegate implements JavaDelegate {

  private final ActionService actions;
  private final RoleDirectory roles;
  private final AsSystem asSystem;

  ResolveOwnerDelegate(ActionService actions, RoleDirectory roles, AsSystem asSystem) {
    this.actions = actions;
    this.roles = roles;
    this.asSystem = asSystem;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> owner = actions.resolveOwner(actions.idOfProcess(execution.getProcessInstanceId()));
    execution.setVariable(ActionProcess.Var.OWNER_KNOWN, owner.isPresent());
    execution.setVariable(ActionProcess.Var.OWNER_ID, owner.orElse(null));
    if (owner.isEmpty()) {
      // A nomination in a group nobody is in would wait unseen until the action lapses.
      String leads = (String) execution.getVariable(ActionProcess.Var.AGENCY_LEADS_GROUP);
      // Counted as the system: the person whose step ran this may not be allowed to read the directory.
      boolean noLeads = asSystem.call(() -> roles.members(leads).isEmpty());
      execution.setVariable(ActionProcess.Var.NOMINATING_GROUPS, noLeads
          ? leads + "," + execution.getVariable(ActionProcess.Var.PLAN_MANAGERS_GROUP) : leads);
    }
  }
}
