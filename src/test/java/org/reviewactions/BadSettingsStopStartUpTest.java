package org.reviewactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reviewactions.action.RagProperties;
import org.reviewactions.action.reminder.ReminderProperties;
import org.reviewactions.demo.DemoProperties;
import org.reviewactions.notification.NotificationProperties;
import org.reviewactions.plan.ImportLimits;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A bad setting stops start-up with a message naming the property and what is wrong with it. */
class BadSettingsStopStartUpTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({GroupsProperties.class, NotificationProperties.class, RagProperties.class,
      DemoProperties.class, ImportLimits.class, ReminderProperties.class})
  static class Settings {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void theDefaultsStart() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(GroupsProperties.class).board()).isEqualTo("board");
      assertThat(context.getBean(RagProperties.class).amberDays()).isEqualTo(14);
      assertThat(context.getBean(DemoProperties.class).password()).isEqualTo("demo");
      assertThat(context.getBean(ImportLimits.class)).isEqualTo(ImportLimits.defaults());
      assertThat(context.getBean(ReminderProperties.class)).isEqualTo(ReminderProperties.defaults());
      assertThat(context.getBean(NotificationProperties.class).from()).isEqualTo(NotificationProperties.DEFAULT_FROM);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      rat.groups.board=                          | rat.groups            | board               | must not be blank
      rat.groups.plan-managers=\s                | rat.groups            | planManagers        | must not be blank
      rat.mail.from=                             | rat.mail              | from                | must not be blank
      rat.rag.amber-days=-1                      | rat.rag               | amberDays           | greater than or equal to 0
      rat.demo.password=                         | rat.demo              | password            | must not be blank
      rat.import.max-rows=0                      | rat.import            | maxRows             | must be greater than 0
      rat.import.min-inflate-ratio=2             | rat.import            | minInflateRatio     | less than or equal to 1
      rat.reminders.offsets-days=7,-1            | rat.reminders         | offsetsDays         | greater than or equal to 0
      rat.reminders.default-cadence=P0D          | rat.reminders         | defaultCadence      | positive period
      rat.reminders.overdue-every=-P7D           | rat.reminders         | overdueEvery        | positive period
      rat.reminders.chair-decision-working-days=-2 | rat.reminders       | chairDecisionWorkingDays | greater than or equal to 0
      """)
  void aBadSettingStopsStartUpNamingIt(String setting, String prefix, String field, String reason) {
    runner.withPropertyValues(setting).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(prefix)
          .hasMessageContaining("'" + field).hasMessageContaining(reason);
    });
  }
}
