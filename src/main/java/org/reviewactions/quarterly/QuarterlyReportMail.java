package org.reviewactions.quarterly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailAttachment;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationComposer;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.report.ProgressReport;
import org.springframework.stereotype.Component;

/** Composes the quarterly report e-mail when its job runs: the figures in the body, the report's PDF attached. */
@Component
class QuarterlyReportMail implements NotificationComposer {

  private final QuarterlyReports quarterly;
  private final RoleDirectory roles;

  QuarterlyReportMail(QuarterlyReports quarterly, RoleDirectory roles) {
    this.quarterly = quarterly;
    this.roles = roles;
  }

  @Override
  public boolean composes(String kind) {
    return QuarterlyReportProcess.MAIL.equals(kind);
  }

  @Override
  public MailMessage compose(NotificationRequest request) {
    Person recipient = roles.requirePerson(request.recipientUserId());
    ProgressReport report = quarterly.report(
        Long.valueOf(request.details().get(QuarterlyReportProcess.MailDetail.REVIEW_ID)),
        LocalDate.parse(request.details().get(QuarterlyReportProcess.MailDetail.AS_AT)));
    Map<String, Object> model = new java.util.HashMap<>(quarterly.mailModel(report));
    model.put("recipientName", recipient.displayName());
    List<MailAttachment> attachments = new java.util.ArrayList<>(List.of(quarterly.pdf(report)));
    quarterly.indicatorsPdf(report.asAt()).ifPresent(attachments::add);
    return new MailMessage(request.idempotencyKey(), null, request.kind(), recipient.email(), recipient.displayName(),
        model, attachments);
  }
}
