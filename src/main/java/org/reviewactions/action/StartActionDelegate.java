package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.GroupsProperties;
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
    Action action = actions.start(ActionVariables.startingActionId(execution), execution.getProcessInstanceId());
    Recommendation recommendation = actions.recommendationOf(action);
    // The business key names review, recommendation number and the action's place: "reviewRef/number/position".
    execution.setProcessBusinessKey(recommendation.businessKey() + "/" + action.getPosition());
    // Read once, by the gateway after the routing, in this same step.
    ActionVariables.setForThisStep(execution, ActionProcess.Var.NEEDS_CONFIRMATION, action.isNeedsConfirmation());
    // Read once, by the dates' confirmation task if the gateway creates it in this step.
    ActionVariables.setForThisStep(execution, ActionProcess.Var.PLAN_MANAGERS_GROUP, groups.planManagers());
    // The routing decision after this task reads these; its last row gives the configured groups. Only the
    // review's reference, which a start form also submits, is kept.
    ActionVariables.setForThisStep(execution, ActionProcess.Var.AGENCY, action.getAgency());
    execution.setVariable(ActionProcess.Var.REVIEW_REF, recommendation.getReview().getReference());
    ActionVariables.setForThisStep(execution, ActionProcess.Var.DEFAULT_CHAIR_GROUP, groups.monitoring());
    ActionVariables.setForThisStep(execution, ActionProcess.Var.DEFAULT_BOARD_GROUP, groups.board());
    actions.writeDates(execution, action);
  }
}
