package org.reviewactions.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.RuntimeService;
import org.reviewactions.shared.AsSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * E-mail figures for {@code /actuator/prometheus}: {@code rat_emails_sent_total} and
 * {@code rat_emails_failed_total} by kind (a failed attempt is retried, so one e-mail can fail more than
 * once and still be sent), and {@code rat_emails_pending}, the e-mails asked for and not yet sent (running
 * notification processes, including those waiting for a retry or stopped by an incident).
 */
class NotificationMetrics {

  static final String SENT = "rat.emails.sent";
  static final String FAILED = "rat.emails.failed";
  static final String PENDING = "rat.emails.pending";

  private final MeterRegistry registry;

  NotificationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void sent(String kind) {
    counter(SENT, "E-mails handed to the mail server (or written to the outbox)", kind).increment();
  }

  void failed(String kind) {
    counter(FAILED, "Attempts to send an e-mail that the mail server refused or did not answer", kind).increment();
  }

  private Counter counter(String name, String description, String kind) {
    return Counter.builder(name).description(description).tag("kind", kind).register(registry);
  }

  @Configuration(proxyBeanMethods = false)
  static class Meters {

    @Bean
    NotificationMetrics notificationMetrics(MeterRegistry registry) {
      return new NotificationMetrics(registry);
    }

    @Bean
    MeterBinder pendingEmails(RuntimeService runtime, AsSystem asSystem) {
      return registry -> Gauge.builder(PENDING, () -> asSystem.call(() ->
              runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY).count()))
          .description("E-mails asked for and not yet sent").register(registry);
    }
  }
}
