package org.reviewactions.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}). */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;

  SmtpMailTransport(JavaMailSender sender) {
    this.sender = Objects.requireNonNull(sender, "sender");
  }

  /** @throws org.springframework.mail.MailException when the server refuses or cannot be reached */
  @Override
  public void send(MimeMessage message) {
    sender.send(message);
  }
}
