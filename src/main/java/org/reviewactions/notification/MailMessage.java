package org.reviewactions.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One e-mail to send through {@link NotificationService#send(MailMessage)}.
 *
 * @param idempotencyKey identifies this message for good: a second send with the same key sends nothing once the
 *     first was sent (e.g. {@code "assignment:action-42:user-7"}); at most 400 characters, no control characters
 * @param actionId the action the message is about, or {@code null}
 * @param kind the template family under {@code templates/mail/}, e.g. {@code assignment}, {@code evidence-rejected}
 * @param to the recipient's e-mail address
 * @param toName the recipient's display name, or {@code null}
 * @param model the template variables (see the templates for the keys); values may be {@code null}
 * @param attachments files to attach, possibly empty
 */
public record MailMessage(
    String idempotencyKey,
    Long actionId,
    String kind,
    String to,
    String toName,
    Map<String, Object> model,
    List<MailAttachment> attachments) {

  public MailMessage {
    // Template values may be null, which Map.copyOf would refuse.
    model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
