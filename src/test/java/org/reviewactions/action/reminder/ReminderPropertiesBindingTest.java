package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

class ReminderPropertiesBindingTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ReminderConfig.class);

  private static List<PropertySource<?>> yaml(Resource resource) {
    try {
      return new YamlPropertySourceLoader().load(resource.getDescription(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
  void bindsTheBankHolidayFile() {
    runner.withInitializer(context -> yaml(new ClassPathResource(BankHolidayFile.RESOURCE))
            .forEach(source -> context.getEnvironment().getPropertySources().addLast(source)))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ReminderProperties.class).bankHolidays())
              .hasSize(56).containsExactlyElementsOf(BankHolidayFile.load());
          assertThat(context.getBean(WorkingCalendar.class).isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        });
  }

  @Test
  void aNegativeOffsetIsRefusedNamingTheKey() {
    runner.withPropertyValues("rat.reminders.offsets-days=7,-1").run(context -> assertThat(context)
        .hasFailed().getFailure().rootCause().hasMessageContaining("rat.reminders.offsets-days"));
  }

  @Test
  void applicationYamlImportsTheBankHolidayFile() {
    List<PropertySource<?>> sources = yaml(new ClassPathResource("application.yaml"));
    assertThat(sources).hasSize(1);
    assertThat(sources.get(0).getProperty("spring.config.import"))
        .hasToString("classpath:" + BankHolidayFile.RESOURCE);
    // The rest of the file is still there.
    assertThat(sources.get(0).getProperty("spring.application.name")).hasToString("review-action-tracker");
    assertThat(sources.get(0).getProperty("rat.groups.board")).hasToString("board");
  }

  /** The application's own config loading (application.yaml in the jar and its import), with only ReminderConfig. */
  @Test
  void theApplicationsConfigurationGivesTheBankHolidays() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReminderConfig.class)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false")
        .run()) {
      assertThat(context.getBean(ReminderProperties.class).bankHolidays()).hasSize(56)
          .contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
      assertThat(context.getBean(ReminderSchedule.class).lapseAt(LocalDate.of(2026, 12, 24)))
          .hasToString("2026-12-29T09:00:00Z");
    }
  }
}
