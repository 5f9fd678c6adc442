package org.reviewactions.statement;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.springframework.stereotype.Component;

/**
 * Email lateness: the agency's leads and the chairs hear that the statement is past its deadline. The key names the
 * statement and the person only, so a timer created again after a return, or a retried job, asks for the same
 * e-mail, which is then sent once.
 */
@Component("emailStatementLateDelegate")
class EmailStatementLateDelegate implements JavaDelegate {

  private final AgencyStatements statements;
  private final StatementNotifications notifications;

  EmailStatementLateDelegate(AgencyStatements statements, StatementNotifications notifications) {
    this.statements = statements;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long statementId = (Long) execution.getVariable(Var.STATEMENT_ID);
    statements.recordLate(statementId);
    notifications.toGroups(statementId, execution.getProcessInstanceId(), AgencyStatementProcess.LATE_MAIL, "", null, Map.of(),
        (AgencyStatementProcess.writingGroups(execution) + "," + execution.getVariable(Var.MONITORING_GROUP)).split(","));
  }
}
