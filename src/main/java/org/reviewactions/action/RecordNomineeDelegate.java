package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordNomineeDelegate")
class RecordNomineeDelegate implements JavaDelegate {

  private final Nominations nominations;
  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordNomineeDelegate(Nominations nominations, ActionService actions, CurrentUser currentUser) {
    this.nominations = nominations;
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nominations.Invitee invitee = new Nominations.Invitee(ActionVariables.text(execution, Var.INVITEE_FIRST_NAME),
        ActionVariables.text(execution, Var.INVITEE_LAST_NAME), ActionVariables.text(execution, Var.INVITEE_EMAIL),
        ActionVariables.text(execution, Var.INVITEE_USER_ID));
    String owner = nominations.nominate(actions.idOfProcess(execution.getProcessInstanceId()),
        ActionVariables.text(execution, Var.NOMINEE_ID), invitee, currentUser.id().orElse(null), currentUser.isPlanManager());
    execution.setVariable(Var.OWNER_ID, owner);
    ActionVariables.clear(execution, Var.NOMINEE_ID, Var.NOMINEE_SOURCE, Var.INVITEE_FIRST_NAME, Var.INVITEE_LAST_NAME,
        Var.INVITEE_EMAIL, Var.INVITEE_USER_ID);
  }
}
