package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailTransportConfigTest {

  private final Clock clock = Clock.fixed(java.time.Instant.parse("2027-03-01T09:00:00Z"), java.time.ZoneOffset.UTC);

  @Test
  void outboxIsTheDefaultAndWritesToTheConfiguredFolder() {
    MailTransport transport = MailTransportConfig.create(new NotificationProperties(null, Path.of("mail-out"), null),
        null, clock);

    assertThat(transport).isInstanceOf(OutboxMailTransport.class);
    assertThat(((OutboxMailTransport) transport).outboxDir()).isEqualTo(Path.of("mail-out"));
  }

  @Test
  void smtpUsesTheMailSender() {
    MailTransport transport = MailTransportConfig.create(
        new NotificationProperties(NotificationProperties.Transport.SMTP, null, null), new JavaMailSenderImpl(), clock);

    assertThat(transport).isInstanceOf(SmtpMailTransport.class);
  }

  @Test
  void smtpWithoutAMailSenderSaysWhatToConfigure() {
    assertThatThrownBy(() -> MailTransportConfig.create(
        new NotificationProperties(NotificationProperties.Transport.SMTP, null, null), null, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spring.mail.host");
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(NotificationProperties.class)
  static class PropertiesOnly {}

  /** Only the mail configuration and its properties, bound as the application binds config/application.yaml. */
  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(PropertiesOnly.class, MailTransportConfig.class)
      .withBean(Clock.class, Clock::systemUTC);

  @Test
  void bindsTheSettingsAsWrittenInTheConfigFile() {
    context.withPropertyValues("rat.mail.transport=outbox", "rat.mail.outbox-dir=./outbox",
            "rat.mail.from=Review Action Tracker <no-reply@review-actions.example.org>")
        .run(ctx -> {
          NotificationProperties properties = ctx.getBean(NotificationProperties.class);
          assertThat(properties.transport()).isEqualTo(NotificationProperties.Transport.OUTBOX);
          assertThat(properties.outboxDir().normalize()).isEqualTo(Path.of("outbox"));
          assertThat(properties.from()).isEqualTo("Review Action Tracker <no-reply@review-actions.example.org>");
          assertThat(ctx.getBean(MailTransport.class)).isInstanceOf(OutboxMailTransport.class);
        });
  }

  @Test
  void smtpSettingPicksTheSmtpTransport() {
    context.withPropertyValues("rat.mail.transport=smtp")
        .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
        .run(ctx -> assertThat(ctx.getBean(MailTransport.class)).isInstanceOf(SmtpMailTransport.class));
  }

  @Test
  void smtpSettingWithoutServerFailsTheStartup() {
    context.withPropertyValues("rat.mail.transport=SMTP")
        .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("spring.mail.host"));
  }
}
