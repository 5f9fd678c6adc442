package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class MailRecordRetentionTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(MailRecordRetention.class)
  static class Settings {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void theDefaultsKeepRecordsFor400DaysAndCleanUpAtQuarterPastThree() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(MailRecordRetention.class))
          .isEqualTo(new MailRecordRetention(Duration.ofDays(400), "0 15 3 * * *", 500));
    });
  }

  @Test
  void theCleanupCanBeTurnedOff() {
    runner.withPropertyValues("rat.notifications.cleanup-at=-").run(context ->
        assertThat(context.getBean(MailRecordRetention.class).enabled()).isFalse());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      rat.notifications.keep-for=a year     | rat.notifications.keep-for
      rat.notifications.cleanup-at=3am      | rat.notifications.cleanup-at
      rat.notifications.cleanup-at=0 15 3 * | rat.notifications.cleanup-at
      rat.notifications.cleanup-batch=0     | cleanupBatch
      """)
  void aMalformedSettingStopsStartUpNamingIt(String setting, String named) {
    runner.withPropertyValues(setting).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(named);
    });
  }

  @Test
  void aPeriodNoLongerThanTheRetryCycleIsRefusedNamingBothSettings() {
    Duration cycle = new NotificationRetries(NotificationRetries.DEFAULT).span();
    MailRecordRetention twoDays = new MailRecordRetention(Duration.ofDays(2), "0 15 3 * * *", 500);
    assertThatThrownBy(() -> twoDays.checkLongerThan(cycle)).hasMessageContaining("rat.notifications.keep-for")
        .hasMessageContaining("rat.notifications.retry-intervals");
    assertThatCode(() -> new MailRecordRetention(Duration.ofDays(5), "0 15 3 * * *", 500).checkLongerThan(cycle))
        .doesNotThrowAnyException();
  }
}
