package org.reviewactions.notification;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses the {@link MailTransport} by {@code rat.mail.transport}. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfig {

  @Bean
  MailTransport mailTransport(NotificationProperties properties, ObjectProvider<JavaMailSender> sender, Clock clock) {
    return create(properties, sender.getIfAvailable(), clock);
  }

  static MailTransport create(NotificationProperties properties, JavaMailSender sender, Clock clock) {
    return switch (properties.transport()) {
      case OUTBOX -> new OutboxMailTransport(properties.outboxDir(), clock);
      case SMTP -> {
        if (sender == null) {
          throw new IllegalStateException(
              "rat.mail.transport is smtp but there is no JavaMailSender: set spring.mail.host (and port, username,"
                  + " password as needed)");
        }
        yield new SmtpMailTransport(sender);
      }
    };
  }
}
