package org.reviewactions.notification;

import java.util.Map;

/**
 * One e-mail to one person, asked for by a process. The idempotency key names the action, the kind
 * and what makes this message unique (a scheduled instant, an evidence id, a recipient).
 */
public record NotificationRequest(String kind, Long actionId, String recipientUserId, String idempotencyKey,
    String sourceProcessInstanceId, Map<String, String> details) {

  public NotificationRequest {
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
