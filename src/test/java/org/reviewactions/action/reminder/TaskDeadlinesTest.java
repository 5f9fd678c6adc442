package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Christmas 2026: Friday 25 December and the Boxing Day substitute, Monday 28 December. */
  private static final WorkingCalendar CALENDAR = new WorkingCalendar(ReminderProperties.defaults()
      .withBankHolidays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))));

  private static TaskDeadlines at(String instant) {
    return new TaskDeadlines(TaskDeadlineProperties.defaults(), CALENDAR, Clock.fixed(Instant.parse(instant), LONDON));
  }

  @Test
  void deadlineSkipsWeekendsAndBankHolidays() {
    // Friday 18 December 2026: ten working days, past Christmas and the Boxing Day substitute, is Tuesday 5 January.
    TaskDeadlines deadlines = at("2026-12-18T15:00:00Z");
    assertThat(deadlines.due("verifyEvidence")).isEqualTo(Date.from(Instant.parse("2027-01-05T09:00:00Z")));
    // Half-way, five working days: Monday 28 December is a holiday, so Tuesday 29 December.
    assertThat(deadlines.followUp("verifyEvidence")).isEqualTo(Date.from(Instant.parse("2026-12-29T09:00:00Z")));
  }

  @Test
  void eachTaskHasItsOwnServiceLevel() {
    TaskDeadlines deadlines = at("2026-03-02T10:00:00Z");
    assertThat(deadlines.due("boardChallenge")).isEqualTo(Date.from(Instant.parse("2026-03-30T08:00:00Z")));
    assertThat(deadlines.due("confirmRecommendationImplemented")).isEqualTo(deadlines.due("boardChallenge"));
    assertThat(deadlines.due("nominateActionOwner")).isEqualTo(Date.from(Instant.parse("2026-03-16T09:00:00Z")));
  }

  @Test
  void followUpOfAGivenDeadlineIsHalfWayThereAndNeverAfterIt() {
    TaskDeadlines deadlines = at("2026-03-02T10:00:00Z");
    assertThat(deadlines.followUpBefore(Date.from(Instant.parse("2026-03-16T09:00:00Z"))))
        .isEqualTo(Date.from(Instant.parse("2026-03-09T09:00:00Z")));
    Date today = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(deadlines.followUpBefore(today)).isEqualTo(today);
  }

  @Test
  void theTaskGoesToTheBoardTheSameServiceLevelAgainAfterItsDeadline() {
    // Friday 18 December 2026: twenty working days, past Christmas, the Boxing Day substitute and New Year's Day
    // (not a holiday in this calendar), is Tuesday 19 January 2027.
    TaskDeadlines deadlines = at("2026-12-18T15:00:00Z");
    assertThat(deadlines.toBoard("verifyEvidence")).isEqualTo(Date.from(Instant.parse("2027-01-19T09:00:00Z")));
    // Board challenge: forty working days from Monday 2 March 2026 (no Easter in this calendar): Monday 27 April.
    assertThat(at("2026-03-02T10:00:00Z").toBoard("boardChallenge")).isEqualTo(Date.from(Instant.parse("2026-04-27T08:00:00Z")));
    assertThatThrownBy(() -> deadlines.toBoard("boardChalenge")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaskWithNoServiceLevelIsRefusedByName() {
    assertThatThrownBy(() -> at("2026-03-02T10:00:00Z").due("verifyEvidnce"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'verifyEvidnce'");
  }
}
