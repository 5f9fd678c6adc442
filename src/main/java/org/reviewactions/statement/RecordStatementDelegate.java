package org.reviewactions.statement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.springframework.stereotype.Component;

/** Record statement: keeps what the lead wrote and who wrote it; the chair's review comes next. */
@Component("recordStatementDelegate")
class RecordStatementDelegate implements JavaDelegate {

  private final AgencyStatements statements;
  private final CurrentUser currentUser;

  RecordStatementDelegate(AgencyStatements statements, CurrentUser currentUser) {
    this.statements = statements;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    statements.recordWritten((Long) execution.getVariable(Var.STATEMENT_ID), (String) execution.getVariable(Var.STATEMENT),
        currentUser.idOr(null));
  }
}
