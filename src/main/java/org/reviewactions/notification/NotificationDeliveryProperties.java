package org.reviewactions.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code rat.notifications}.
 *
 * @param defaultDelivery how people who have not chosen on the settings page hear about waiting tasks
 * @param digestJob whether this node looks every few minutes for digests due (off in tests, which send them
 *     themselves); running it on every node is safe, the digest's idempotency key sends each once
 */
@ConfigurationProperties("rat.notifications")
public record NotificationDeliveryProperties(EmailDelivery defaultDelivery, Boolean digestJob) {

  public NotificationDeliveryProperties {
    defaultDelivery = defaultDelivery == null ? EmailDelivery.IMMEDIATE : defaultDelivery;
    digestJob = digestJob == null || digestJob;
  }
}
