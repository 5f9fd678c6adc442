package org.reviewactions.statement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.statement.AgencyStatementProcess.Value;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.springframework.stereotype.Component;

/** Record approval decision: approved, or returned with the chair's comment; sets the gateway's answer. */
@Component("recordStatementDecisionDelegate")
class RecordStatementDecisionDelegate implements JavaDelegate {

  private final AgencyStatements statements;
  private final CurrentUser currentUser;

  RecordStatementDecisionDelegate(AgencyStatements statements, CurrentUser currentUser) {
    this.statements = statements;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = Value.APPROVE.equals(execution.getVariable(Var.DECISION));
    statements.recordDecision((Long) execution.getVariable(Var.STATEMENT_ID), approved,
        (String) execution.getVariable(Var.RETURN_COMMENT), currentUser.idOr(null));
    execution.setVariable(Var.APPROVED, approved);
  }
}
