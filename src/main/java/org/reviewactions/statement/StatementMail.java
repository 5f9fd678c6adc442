package org.reviewactions.statement;

import java.util.List;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationComposer;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/** Composes the e-mails about agency statements when their jobs run, with a link to the statement's task. */
@Component
class StatementMail implements NotificationComposer {

  private final AgencyStatements statements;
  private final RoleDirectory roles;
  private final TasklistLinks links;

  StatementMail(AgencyStatements statements, RoleDirectory roles, TasklistLinks links) {
    this.statements = statements;
    this.roles = roles;
    this.links = links;
  }

  @Override
  public boolean composes(String kind) {
    return AgencyStatementProcess.LATE_MAIL.equals(kind) || AgencyStatementProcess.WAITING_MAIL.equals(kind);
  }

  @Override
  public MailMessage compose(NotificationRequest request) {
    Person recipient = roles.requirePerson(request.recipientUserId());
    Map<String, Object> model = new java.util.HashMap<>(statements.mailModel(
        Long.valueOf(request.details().get(AgencyStatementProcess.MailDetail.STATEMENT_ID))));
    model.put("recipientName", recipient.displayName());
    model.putAll(request.details());
    model.put("taskLink", links.openTask(request.sourceProcessInstanceId(),
        AgencyStatementProcess.StepMail.REVIEW.equals(request.details().get(AgencyStatementProcess.MailDetail.STEP))
            ? AgencyStatementProcess.Element.REVIEW_STATEMENT : AgencyStatementProcess.Element.WRITE_STATEMENT));
    return new MailMessage(request.idempotencyKey(), null, request.kind(), recipient.email(), recipient.displayName(),
        model, List.of());
  }
}
