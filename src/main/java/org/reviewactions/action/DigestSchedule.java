package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import org.reviewactions.action.reminder.WorkingCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whether today's digests are due (a working day, past the sending time) and sends those
 * not sent yet. A node that was down at 09:00 catches up when it starts; two nodes both looking is harmless.
 */
@Component
@ConditionalOnProperty(name = "rat.notifications.digest-job", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

  private final TaskDigests digests;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private volatile LocalDate doneFor;

  DigestSchedule(TaskDigests digests, WorkingCalendar calendar, Clock clock) {
    this.digests = digests;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
  void sendDue() {
    LocalDate today = calendar.dateOf(clock.instant());
    if (today.equals(doneFor) || !calendar.isWorkingDay(today) || clock.instant().isBefore(calendar.sendingTime(today))) {
      return;
    }
    if (digests.send(today).failed() == 0) {
      doneFor = today;
    }
  }
}
