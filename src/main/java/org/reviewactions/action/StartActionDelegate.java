package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.config.GroupsProperties;
import org.reviewactions.identity.AgencyGroups;
import org.springframework.stereotype.Component;

@Component("startActionDelegate")
class StartActionDelegate implements JavaDelegate {

  private final ActionService actions;
  private final GroupsProperties groups;

  StartActionDelegate(ActionService actions, GroupsProperties groups) {
    this.actions = actions;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.start(ActionVariables.actionId(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(action.businessKey());
    execution.setVariable(ActionProcess.Var.NEEDS_CONFIRMATION, action.isNeedsConfirmation());
    execution.setVariable(ActionProcess.Var.AGENCY_LEADS_GROUP, AgencyGroups.leadsGroup(action.getAgency()));
    execution.setVariable(ActionProcess.Var.PLAN_MANAGERS_GROUP, groups.planManagers());
    if (execution.getVariable(ActionProcess.Var.MONITORING_GROUP) == null) {
      execution.setVariable(ActionProcess.Var.MONITORING_GROUP, groups.monitoring());
    }
    ActionVariables.writeDates(execution, action);
  }
}
