package org.reviewactions.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Delivers a composed message: to an outbox folder or to an SMTP server, by {@code rat.mail.transport}. */
public interface MailTransport {

  /** Delivers {@code message} or throws; it must never fail silently. */
  void send(MimeMessage message) throws MessagingException, IOException;
}
