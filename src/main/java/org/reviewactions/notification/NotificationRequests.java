package org.reviewactions.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Asks for an e-mail by starting a {@code notification} process in the caller's transaction. The send
 * then runs as its own job: retried on failure, an incident when retries run out, and independent of
 * the requesting process (which may end or be cancelled meanwhile). A request whose key was already
 * sent starts nothing.
 */
@Service
public class NotificationRequests {

  private static final int BUSINESS_KEY_LIMIT = 255;

  private final RuntimeService runtimeService;
  private final NotificationRepository notifications;

  NotificationRequests(RuntimeService runtimeService, NotificationRepository notifications) {
    this.runtimeService = runtimeService;
    this.notifications = notifications;
  }

  public void request(NotificationRequest request) {
    if (notifications.findByIdempotencyKey(request.idempotencyKey())
        .filter(n -> n.getStatus() == NotificationStatus.SENT).isPresent()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(NotificationProcess.Var.KIND, request.kind());
    variables.put(NotificationProcess.Var.ACTION_ID, request.actionId());
    variables.put(NotificationProcess.Var.RECIPIENT, request.recipientUserId());
    variables.put(NotificationProcess.Var.IDEMPOTENCY_KEY, request.idempotencyKey());
    variables.put(NotificationProcess.Var.SOURCE_PROCESS, request.sourceProcessInstanceId());
    request.details().forEach((name, value) -> variables.put(NotificationProcess.Var.DETAIL_PREFIX + name, value));
    String businessKey = request.idempotencyKey().length() > BUSINESS_KEY_LIMIT
        ? request.idempotencyKey().substring(0, BUSINESS_KEY_LIMIT) : request.idempotencyKey();
    runtimeService.startProcessInstanceByKey(NotificationProcess.KEY, businessKey, variables);
  }
}
