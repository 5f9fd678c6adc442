package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.identity.AgencyAccess;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

@Component("startActionDelegate")
class StartActionDelegate implements JavaDelegate {

  private final ActionService actions;
  private final GroupsProperties groups;
  private final EscalationRouting routing;
  private final AgencyAccess agencyAccess;

  StartActionDelegate(ActionService actions, GroupsProperties groups, EscalationRouting routing, AgencyAccess agencyAccess) {
    this.agencyAccess = agencyAccess;
    this.actions = actions;
    this.groups = groups;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.start(ActionVariables.startingActionId(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(action.businessKey());
    agencyAccess.grantRead(action.getAgency(), execution.getProcessInstanceId());
    execution.setVariable(ActionProcess.Var.NEEDS_CONFIRMATION, action.isNeedsConfirmation());
    execution.setVariable(ActionProcess.Var.AGENCY_LEADS_GROUP, AgencyGroups.leadsGroup(action.getAgency()));
    execution.setVariable(ActionProcess.Var.PLAN_MANAGERS_GROUP, groups.planManagers());
    EscalationRouting.Route route = routing.route(action.getAgency(), action.getRecommendation().getReview().getReference());
    execution.setVariable(ActionProcess.Var.MONITORING_GROUP, route.chairGroup());
    execution.setVariable(ActionProcess.Var.BOARD_GROUP, route.boardGroup());
    actions.writeDates(execution, action);
  }
}
