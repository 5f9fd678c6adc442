package org.reviewactions.notification;

/** Turns a request into the e-mail to send: recipient, template and model. Implemented by the feature that owns the data. */
public interface NotificationComposer {

  MailMessage compose(NotificationRequest request);
}
