package org.reviewactions.notification;

/**
 * Turns a request into the e-mail to send: recipient, template and model. Implemented by each feature that owns
 * e-mails' data (actions, agency statements); the kinds it names are its own and no other composer's.
 */
public interface NotificationComposer {

  /** Whether this composer writes e-mails of the kind (a template name under {@code templates/mail/}). */
  boolean composes(String kind);

  MailMessage compose(NotificationRequest request);
}
