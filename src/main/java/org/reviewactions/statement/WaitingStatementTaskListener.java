package org.reviewactions.statement;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.statement.AgencyStatementProcess.Element;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.springframework.stereotype.Component;

/**
 * When Write or Review agency progress statement is created, its candidate group hears of it with a link to the
 * task: the leads when a statement is asked for or comes back returned, the chairs when one waits for approval.
 * The person whose own step created it is not told.
 */
@Component("waitingStatementTaskListener")
class WaitingStatementTaskListener implements TaskListener {

  private final StatementNotifications notifications;
  private final CurrentUser currentUser;

  WaitingStatementTaskListener(StatementNotifications notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean write = Element.WRITE_STATEMENT.equals(task.getTaskDefinitionKey());
    Object comment = task.getVariable(Var.RETURN_COMMENT);
    String step = !write ? AgencyStatementProcess.StepMail.REVIEW
        : comment == null ? AgencyStatementProcess.StepMail.WRITE : AgencyStatementProcess.StepMail.RETURNED;
    Map<String, String> details = new java.util.HashMap<>();
    details.put(AgencyStatementProcess.MailDetail.STEP, step);
    if (AgencyStatementProcess.StepMail.RETURNED.equals(step)) {
      details.put(AgencyStatementProcess.MailDetail.RETURN_COMMENT, comment.toString());
    }
    notifications.toGroups((Long) task.getVariable(Var.STATEMENT_ID), task.getProcessInstanceId(),
        AgencyStatementProcess.WAITING_MAIL, task.getId(), currentUser.id().orElse(null), details,
        (write ? AgencyStatementProcess.writingGroups(task) : (String) task.getVariable(Var.MONITORING_GROUP)).split(","));
  }
}
