package org.reviewactions.action;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

@Component("resolveOwnerDelegate")
class ResolveOwnerDelegate implements JavaDelegate {

  private final ActionService actions;
  private final RoleDirectory roles;
  private final GroupsProperties groups;

  ResolveOwnerDelegate(ActionService actions, RoleDirectory roles, GroupsProperties groups) {
    this.actions = actions;
    this.roles = roles;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = actions.idOfProcess(execution.getProcessInstanceId());
    Optional<String> owner = actions.resolveOwner(id);
    ActionVariables.setForThisStep(execution, ActionProcess.Var.OWNER_KNOWN, owner.isPresent());
    execution.setVariable(ActionProcess.Var.OWNER_ID, owner.orElse(null));
    if (owner.isEmpty()) {
      // The leads of the agency the action's row names now (a moved action's new one) and the configured plan
      // managers: worked out here, not kept in two variables of every open action.
      String leads = AgencyGroups.leadsGroup(actions.get(id).getAgency());
      // A nomination in a group nobody is in would wait unseen until the action lapses.
      // Delegates run without the engine's authorization checks (authorizationEnabledForCustomCode is off),
      // so the whole group is counted whoever's step this is.
      execution.setVariable(ActionProcess.Var.NOMINATING_GROUPS, roles.members(leads).isEmpty()
          ? leads + "," + groups.planManagers() : leads);
    }
  }
}
