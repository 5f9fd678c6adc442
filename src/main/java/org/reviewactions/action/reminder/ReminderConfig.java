package org.reviewactions.action.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code workingCalendar} and {@code reminderSchedule} beans, from {@code rat.reminders.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
public class ReminderConfig {

  @Bean
  public WorkingCalendar workingCalendar(ReminderProperties properties) {
    return new WorkingCalendar(properties);
  }

  @Bean
  public ReminderSchedule reminderSchedule(ReminderProperties properties, WorkingCalendar workingCalendar) {
    return new ReminderSchedule(properties, workingCalendar);
  }
}
