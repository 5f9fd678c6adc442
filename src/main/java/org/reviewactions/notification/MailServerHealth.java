package org.reviewactions.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} component of {@code /actuator/health}. A mail server that does not answer is
 * {@link #DEGRADED}, not DOWN: the application goes on working and the notification process retries each
 * e-mail until the server is back, so a load balancer must not take the node out of service for it. The
 * server is asked at most once per {@code rat.mail.health-check-every} (default a minute), however often health is
 * polled.
 */
@Component("mail")
class MailServerHealth extends AbstractHealthIndicator {

  /** Working, but e-mails wait: after UP in management.endpoint.health.status.order, so the whole stays UP. */
  static final Status DEGRADED = new Status("DEGRADED", "E-mails are held and retried until the mail server answers");

  private final NotificationProperties properties;
  private final ObjectProvider<JavaMailSender> sender;
  private final Clock clock;
  private final Duration askAtMostEvery;
  private Health last;
  private Instant askedAt = Instant.MIN;

  MailServerHealth(NotificationProperties properties, ObjectProvider<JavaMailSender> sender, Clock clock,
      @Value("${rat.mail.health-check-every:PT1M}") Duration askAtMostEvery) {
    super("Mail server check failed");
    this.askAtMostEvery = askAtMostEvery;
    this.properties = properties;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  protected synchronized void doHealthCheck(Health.Builder builder) {
    if (properties.transport() == NotificationProperties.Transport.OUTBOX) {
      builder.up().withDetail("transport", "outbox").withDetail("folder", properties.outboxDir().toString());
      return;
    }
    Instant now = clock.instant();
    if (last == null || !now.isBefore(askedAt.plus(askAtMostEvery))) {
      last = ask();
      askedAt = now;
    }
    builder.status(last.getStatus()).withDetails(last.getDetails()).withDetail("checkedAt", askedAt.toString());
  }

  private Health ask() {
    JavaMailSender mail = sender.getIfAvailable();
    if (!(mail instanceof JavaMailSenderImpl smtp)) {
      return Health.status(DEGRADED).withDetail("transport", "smtp").withDetail("error", "no SMTP sender configured")
          .build();
    }
    String server = smtp.getHost() + ":" + (smtp.getPort() < 0 ? "default port" : smtp.getPort());
    try {
      smtp.testConnection();
      return Health.up().withDetail("transport", "smtp").withDetail("server", server).build();
    } catch (Exception e) {
      return Health.status(DEGRADED).withDetail("transport", "smtp").withDetail("server", server)
          .withDetail("error", String.valueOf(e.getMessage())).build();
    }
  }
}
