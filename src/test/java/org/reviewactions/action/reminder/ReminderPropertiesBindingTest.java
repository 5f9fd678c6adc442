package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class ReminderPropertiesBindingTest {

  /** Monday 4 January 2027: the bank holiday snapshot (to 28 December 2027) has under a year left. */
  private static final Clock LATE = Clock.fixed(Instant.parse("2027-01-04T12:00:00Z"), ZoneId.of("Europe/London"));
  /** Wednesday 2 December 2026: more than a year left. */
  private static final Clock EARLY = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/London"));

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withAllowBeanDefinitionOverriding(true)
      .withBean(Clock.class, () -> EARLY).withUserConfiguration(ReminderConfig.class);

  @Test
  void defaultsWhenNothingIsConfigured() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasBean("workingCalendar").hasBean("reminderSchedule");
      ReminderProperties properties = context.getBean(ReminderProperties.class);
      assertThat(properties.offsetsDays()).containsExactly(28, 14, 7, 1);
      assertThat(properties.defaultCadence()).isEqualTo(Period.ofMonths(3));
      assertThat(properties.overdueEvery()).isEqualTo(Period.ofDays(7));
      assertThat(properties.chairDecisionWorkingDays()).isEqualTo(10);
      assertThat(properties.sendAt()).isEqualTo(LocalTime.of(9, 0));
      assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/London"));
      assertThat(properties.bankHolidays()).isEmpty();
      assertThat(properties).isEqualTo(ReminderProperties.defaults());
    });
  }

  /** The application scans for properties classes too, as ReviewActionTrackerApplication does. */
  @Configuration(proxyBeanMethods = false)
  @ConfigurationPropertiesScan("org.reviewactions.reminder")
  static class ScanningApplication {}

  @Test
  void oneReminderPropertiesBeanAlongsideThePropertiesScan() {
    runner.withUserConfiguration(ScanningApplication.class)
        .withPropertyValues("rat.reminders.chair-decision-working-days=7")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ReminderProperties.class)
              .hasSingleBean(WorkingCalendar.class).hasSingleBean(ReminderSchedule.class);
          assertThat(context.getBean(ReminderProperties.class).chairDecisionWorkingDays()).isEqualTo(7);
        });
  }

  @Test
  void bindsEveryKey() {
    runner.withPropertyValues(
            "rat.reminders.offsets-days=3,21,7",
            "rat.reminders.default-cadence=P1M",
            "rat.reminders.overdue-every=P14D",
            "rat.reminders.chair-decision-working-days=5",
            "rat.reminders.send-at=08:30",
            "rat.reminders.zone=Europe/Dublin",
            "rat.reminders.bank-holidays=2027-03-17,2027-03-29")
        .run(context -> {
          assertThat(context).hasNotFailed();
          ReminderProperties properties = context.getBean(ReminderProperties.class);
          assertThat(properties.offsetsDays()).as("largest first").containsExactly(21, 7, 3);
          assertThat(properties.defaultCadence()).isEqualTo(Period.ofMonths(1));
          assertThat(properties.overdueEvery()).isEqualTo(Period.ofDays(14));
          assertThat(properties.chairDecisionWorkingDays()).isEqualTo(5);
          assertThat(properties.sendAt()).isEqualTo(LocalTime.of(8, 30));
          assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
          assertThat(properties.bankHolidays()).containsExactly(LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 29));
          WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
          assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 17))).as("St Patrick's Day").isFalse();
          // 08:30 Dublin summer time is 07:30 UTC.
          assertThat(calendar.sendingTime(LocalDate.of(2027, 6, 9))).hasToString("2027-06-09T07:30:00Z");
        });
  }

  @Test
  void theWorkingCalendarHasTheGovUkHolidaysAndTheConfiguredOnes() {
    runner.withPropertyValues("rat.reminders.bank-holidays=2027-03-17").run(context -> {
      assertThat(context).hasNotFailed();
      WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).as("Coronation").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 17))).as("configured").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 18))).isTrue();
    });
  }

  @Test
  void startUpWarnsWhenTheBankHolidaysRunOutWithinTwelveMonths(CapturedOutput output) {
    runner.withBean(Clock.class, () -> LATE).run(context -> assertThat(context).hasNotFailed());
    assertThat(output.getOut()).contains("WARN").contains("bank-holidays.json").contains("end on 2027-12-28")
        .contains("2027-01-04");
  }

  @Test
  void startUpIsQuietWhileMoreThanAYearOfBankHolidaysIsLeft(CapturedOutput output) {
    runner.run(context -> assertThat(context).hasNotFailed());
    assertThat(output.getOut()).doesNotContain("bank-holidays.json");
  }

  @Test
  void aNegativeOffsetIsRefusedNamingTheKey() {
    runner.withPropertyValues("rat.reminders.offsets-days=7,-1").run(context -> assertThat(context)
        .hasFailed().getFailure().rootCause().hasMessageContaining("rat.reminders")
        .hasMessageContaining("'offsetsDays[1]'").hasMessageContaining("greater than or equal to 0"));
  }

  @Configuration(proxyBeanMethods = false)
  static class Early {
    @Bean
    Clock clock() {
      return EARLY;
    }
  }

  /** The application's own config loading (application.yaml in the jar and its import), with only ReminderConfig. */
  @Test
  void theApplicationsConfigurationGivesTheBankHolidays() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReminderConfig.class, Early.class)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false")
        .run()) {
      WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
      assertThat(context.getBean(ReminderSchedule.class).lapseAt(LocalDate.of(2026, 12, 24)))
          .hasToString("2026-12-29T09:00:00Z");
    }
  }
}
