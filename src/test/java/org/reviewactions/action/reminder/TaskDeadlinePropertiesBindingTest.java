package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TaskDeadlinePropertiesBindingTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/London")))
      .withUserConfiguration(ReminderConfig.class).withBean(TaskDeadlines.class);

  @Test
  void defaultsWhenNothingIsConfigured() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(TaskDeadlines.class);
      assertThat(context.getBean(TaskDeadlineProperties.class)).isEqualTo(TaskDeadlineProperties.defaults());
    });
  }

  @Test
  void serviceLevelsAreReadInWorkingDaysFromTheirKebabCaseKeys() {
    runner.withPropertyValues("rat.deadlines.verify-evidence=3", "rat.deadlines.board-challenge=15").run(context -> {
      TaskDeadlineProperties properties = context.getBean(TaskDeadlineProperties.class);
      assertThat(properties.verifyEvidence()).isEqualTo(3);
      assertThat(properties.workingDays("verifyEvidence")).isEqualTo(3);
      assertThat(properties.workingDays("boardChallenge")).isEqualTo(15);
    });
  }

  @Test
  void aZeroOrAbsurdServiceLevelStopsTheStartNamingTheKey() {
    runner.withPropertyValues("rat.deadlines.verify-evidence=0").run(context -> assertThat(context)
        .hasFailed().getFailure().rootCause().hasMessageContaining("rat.deadlines").hasMessageContaining("verifyEvidence"));
    runner.withPropertyValues("rat.deadlines.board-challenge=10000").run(context -> assertThat(context)
        .hasFailed().getFailure().rootCause().hasMessageContaining("boardChallenge"));
  }
}
