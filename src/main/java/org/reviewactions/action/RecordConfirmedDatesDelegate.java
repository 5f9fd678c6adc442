package org.reviewactions.action;

import static org.reviewactions.action.ActionProcess.Var.CONFIRMED_CADENCE;
import static org.reviewactions.action.ActionProcess.Var.CONFIRMED_DUE_DATE;
import static org.reviewactions.action.ActionProcess.Var.CONFIRMED_START_DATE;
import static org.reviewactions.action.ActionProcess.Var.DATES_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordConfirmedDatesDelegate")
class RecordConfirmedDatesDelegate implements JavaDelegate {

  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordConfirmedDatesDelegate(ActionService actions, CurrentUser currentUser) {
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long actionId = actions.idOfProcess(execution.getProcessInstanceId());
    actions.confirmDates(actionId, ActionVariables.text(execution, CONFIRMED_START_DATE),
        ActionVariables.text(execution, CONFIRMED_DUE_DATE), ActionVariables.text(execution, CONFIRMED_CADENCE),
        ActionVariables.text(execution, DATES_NOTE), currentUser.id().orElse(null));
    actions.writeDates(execution, actions.get(actionId));
    ActionVariables.clear(execution, CONFIRMED_START_DATE, CONFIRMED_DUE_DATE, CONFIRMED_CADENCE, DATES_NOTE);
  }
}
