package org.reviewactions.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.MailDetail;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationComposer;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/** Composes the quarterly indicators' e-mails when their jobs run, with the link to the page that takes the figures. */
@Component
class IndicatorMail implements NotificationComposer {

  private final Indicators indicators;
  private final RoleDirectory roles;
  private final TasklistLinks links;

  IndicatorMail(Indicators indicators, RoleDirectory roles, TasklistLinks links) {
    this.indicators = indicators;
    this.roles = roles;
    this.links = links;
  }

  @Override
  public boolean composes(String kind) {
    return QuarterlyIndicatorsProcess.MAIL.equals(kind);
  }

  @Override
  public MailMessage compose(NotificationRequest request) {
    Person recipient = roles.requirePerson(request.recipientUserId());
    Map<String, Object> model = new HashMap<>(indicators.context(Long.valueOf(request.details().get(MailDetail.SUBMISSION_ID))));
    model.put("recipientName", recipient.displayName());
    model.put("step", request.details().get(MailDetail.STEP));
    model.put("taskLink", links.page(SubmitIndicatorsTaskListener.PAGE + request.details().get(MailDetail.TASK_ID)));
    return new MailMessage(request.idempotencyKey(), null, request.kind(), recipient.email(), recipient.displayName(),
        model, List.of());
  }
}
