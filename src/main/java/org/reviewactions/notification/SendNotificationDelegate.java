package org.reviewactions.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Composes and sends one requested e-mail; a retried job finds it already sent and sends nothing. */
@Component("sendNotificationDelegate")
class SendNotificationDelegate implements JavaDelegate {

  private final java.util.List<NotificationComposer> composers;
  private final NotificationService notifications;

  SendNotificationDelegate(java.util.List<NotificationComposer> composers, NotificationService notifications) {
    this.composers = composers;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> details = new HashMap<>();
    execution.getVariables().forEach((name, value) -> {
      if (name.startsWith(NotificationProcess.Var.DETAIL_PREFIX) && value != null) {
        details.put(name.substring(NotificationProcess.Var.DETAIL_PREFIX.length()), value.toString());
      }
    });
    Object actionId = execution.getVariable(NotificationProcess.Var.ACTION_ID);
    NotificationRequest request = new NotificationRequest((String) execution.getVariable(NotificationProcess.Var.KIND),
        actionId == null ? null : ((Number) actionId).longValue(),
        (String) execution.getVariable(NotificationProcess.Var.RECIPIENT),
        (String) execution.getVariable(NotificationProcess.Var.IDEMPOTENCY_KEY),
        (String) execution.getVariable(NotificationProcess.Var.SOURCE_PROCESS), details);
    notifications.send(composerOf(request.kind()).compose(request));
  }

  private NotificationComposer composerOf(String kind) {
    return composers.stream().filter(composer -> composer.composes(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No feature composes e-mails of the kind '" + kind + "'"));
  }
}
