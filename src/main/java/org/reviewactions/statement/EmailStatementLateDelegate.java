package org.reviewactions.statement;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
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
  private final RoleDirectory roles;
  private final NotificationRequests requests;

  EmailStatementLateDelegate(AgencyStatements statements, RoleDirectory roles, NotificationRequests requests) {
    this.statements = statements;
    this.roles = roles;
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long statementId = (Long) execution.getVariable(Var.STATEMENT_ID);
    statements.recordLate(statementId);
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : new String[] {(String) execution.getVariable(Var.AGENCY_LEADS_GROUP),
        (String) execution.getVariable(Var.MONITORING_GROUP)}) {
      roles.members(group).stream().map(Person::userId).forEach(recipients::add);
    }
    for (String recipient : recipients) {
      requests.request(new NotificationRequest(AgencyStatementProcess.LATE_MAIL, null, recipient,
          "statement:" + statementId + ":" + AgencyStatementProcess.LATE_MAIL + ":" + recipient,
          execution.getProcessInstanceId(), Map.of(AgencyStatementProcess.MailDetail.STATEMENT_ID, String.valueOf(statementId))));
    }
  }
}
