package org.reviewactions.action.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code workingCalendar} and {@code reminderSchedule} beans, from {@code rat.reminders.*} and the England and
 * Wales bank holidays in {@code bank-holidays.json}; {@code rat.reminders.bank-holidays} adds days of its own (a
 * holiday announced after the snapshot was taken).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReminderProperties.class, TaskDeadlineProperties.class})
public class ReminderConfig {

  @Bean
  public WorkingCalendar workingCalendar(ReminderProperties properties, Clock clock) {
    BankHolidays holidays = BankHolidays.englandAndWales();
    holidays.warnIfEndingWithinAYearOf(LocalDate.now(clock));
    List<LocalDate> days = Stream.concat(holidays.dates().stream(), properties.bankHolidays().stream())
        .distinct().sorted().toList();
    return new WorkingCalendar(properties.withBankHolidays(days));
  }

  @Bean
  public ReminderSchedule reminderSchedule(ReminderProperties properties, WorkingCalendar workingCalendar) {
    return new ReminderSchedule(properties, workingCalendar);
  }
}
