package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reviewactions.action.reminder.ReminderSchedule.ScheduledReminder.Kind.PROGRESS_REQUEST;
import static org.reviewactions.action.reminder.ReminderSchedule.ScheduledReminder.Kind.REMINDER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reviewactions.action.reminder.ReminderSchedule.ScheduledReminder.Kind;
import org.reviewactions.action.reminder.ReminderSchedule.ScheduledReminder;

class ReminderScheduleTest {

  private static final ReminderProperties ENGLAND_AND_WALES = BankHolidayFile.englandAndWales();
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  private final ReminderSchedule schedule = new ReminderSchedule(ENGLAND_AND_WALES);

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static ScheduledReminder reminder(String at, int offset) {
    return new ScheduledReminder(Instant.parse(at), REMINDER, offset);
  }

  private static ScheduledReminder request(String at) {
    return new ScheduledReminder(Instant.parse(at), PROGRESS_REQUEST, 0);
  }

  /** Calls next() with after = the previous at until nothing is left (or limit calls, for ongoing actions). */
  private static List<ScheduledReminder> walk(
      ReminderSchedule schedule, LocalDate start, LocalDate due, Period cadence, Instant from, int limit) {
    List<ScheduledReminder> sent = new ArrayList<>();
    Instant after = from;
    for (int i = 0; i < limit; i++) {
      Optional<ScheduledReminder> next = schedule.next(start, due, cadence, after);
      if (next.isEmpty()) {
        break;
      }
      assertThat(next.get().at()).as("strictly after the previous one").isAfter(after);
      sent.add(next.get());
      after = next.get().at();
    }
    return sent;
  }

  private List<ScheduledReminder> walk(LocalDate start, LocalDate due, Period cadence) {
    return walk(schedule, start, due, cadence, LONG_AGO, 100);
  }

  // --- reminders before the due date -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} days before Friday 14 May 2027: {1}")
  @CsvSource({
    "28, 2027-04-16T08:00:00Z", // Friday 16 April 2027, 09:00 BST
    "14, 2027-04-30T08:00:00Z", // Friday 30 April 2027
    "7, 2027-05-07T08:00:00Z", // Friday 7 May 2027
    "1, 2027-05-13T08:00:00Z" // Thursday 13 May 2027
  })
  void eachDefaultOffsetBeforeFriday14May2027(int offset, String expected) {
    ReminderSchedule single = new ReminderSchedule(ENGLAND_AND_WALES.withOffsetsDays(List.of(offset)));
    assertThat(single.next(null, date("2027-05-14"), null, LONG_AGO)).contains(reminder(expected, offset));
  }

  @Test
  void defaultOffsetsGiveFourRemindersThenNothing() {
    assertThat(walk(null, date("2027-05-14"), null)).containsExactly(
        reminder("2027-04-16T08:00:00Z", 28),
        reminder("2027-04-30T08:00:00Z", 14),
        reminder("2027-05-07T08:00:00Z", 7),
        reminder("2027-05-13T08:00:00Z", 1));
  }

  @Test
  void onlyRemindersStrictlyAfterAfterCount() {
    LocalDate due = date("2027-05-14");
    assertThat(schedule.next(null, due, null, at("2027-04-16T07:59:59Z")))
        .contains(reminder("2027-04-16T08:00:00Z", 28));
    assertThat(schedule.next(null, due, null, at("2027-04-16T08:00:00Z")))
        .contains(reminder("2027-04-30T08:00:00Z", 14));
    assertThat(schedule.next(null, due, null, at("2027-05-13T08:00:00Z"))).isEmpty();
  }

  @Test
  void aReminderFallingAtAWeekendMovesToMonday() {
    // Due Saturday 15 May 2027: 28 days before is Saturday 17 April, 7 before Saturday 8 May;
    // 14 before is Saturday 1 May, and Monday 3 May is the early May bank holiday.
    assertThat(walk(null, date("2027-05-15"), null)).containsExactly(
        reminder("2027-04-19T08:00:00Z", 28),
        reminder("2027-05-04T08:00:00Z", 14),
        reminder("2027-05-10T08:00:00Z", 7),
        reminder("2027-05-14T08:00:00Z", 1));
  }

  @Test
  void aReminderFallingOnABankHolidayMovesToTheNextWorkingDay() {
    // Due Monday 26 April 2027: 28 days before is Easter Monday 29 March.
    assertThat(schedule.next(null, date("2027-04-26"), null, LONG_AGO))
        .contains(reminder("2027-03-30T08:00:00Z", 28));
    // Due Friday 23 April 2027: 28 days before is Good Friday; the weekend and Easter Monday follow.
    assertThat(schedule.next(null, date("2027-04-23"), null, LONG_AGO))
        .contains(reminder("2027-03-30T08:00:00Z", 28));
  }

  @Test
  void remindersMoveAcrossChristmasBoxingDayAndTheWeekendInWinterTime() {
    // Due Friday 8 January 2027. 14 days before is Christmas Day 2026 (Friday), then the weekend and the Boxing Day
    // substitute on Monday 28; 7 days before is New Year's Day. Winter: 09:00 London is 09:00 UTC.
    assertThat(walk(null, date("2027-01-08"), null)).containsExactly(
        reminder("2026-12-11T09:00:00Z", 28),
        reminder("2026-12-29T09:00:00Z", 14),
        reminder("2027-01-04T09:00:00Z", 7),
        reminder("2027-01-07T09:00:00Z", 1));
  }

  @Test
  void sendingTimeFollowsTheClockChange() {
    // Due Friday 5 November 2027; clocks go back on Sunday 31 October 2027.
    assertThat(walk(null, date("2027-11-05"), null)).containsExactly(
        reminder("2027-10-08T08:00:00Z", 28),
        reminder("2027-10-22T08:00:00Z", 14),
        reminder("2027-10-29T08:00:00Z", 7),
        reminder("2027-11-04T09:00:00Z", 1));
  }

  @Test
  void offsetsShiftingToTheSameDayCountOnceAsTheLargerOffset() {
    // Due Monday 17 May 2027: 2 days before is Saturday, 1 day before Sunday; both move onto the due date itself.
    ReminderSchedule twoAndOne = new ReminderSchedule(ENGLAND_AND_WALES.withOffsetsDays(List.of(1, 2)));
    assertThat(walk(twoAndOne, null, date("2027-05-17"), null, LONG_AGO, 10))
        .containsExactly(reminder("2027-05-17T08:00:00Z", 2));
  }

  @Test
  void aReminderShiftedOntoTheDueDateIsKept() {
    // Due Tuesday 30 March 2027: 1 day before is Easter Monday, so the reminder goes out on the due date.
    ReminderSchedule oneDay = new ReminderSchedule(ENGLAND_AND_WALES.withOffsetsDays(List.of(1)));
    assertThat(oneDay.next(null, date("2027-03-30"), null, LONG_AGO)).contains(reminder("2027-03-30T08:00:00Z", 1));
  }

  @Test
  void nothingIsSentAfterTheDueDate() {
    // Due Easter Sunday 28 March 2027: 1 day before is Saturday, then Easter Monday: Tuesday 30 March would be after
    // the due date, so that reminder is dropped.
    List<ScheduledReminder> sent = walk(null, date("2027-03-28"), null);
    assertThat(sent).containsExactly(
        reminder("2027-03-01T09:00:00Z", 28),
        reminder("2027-03-15T09:00:00Z", 14),
        reminder("2027-03-22T09:00:00Z", 7));
    assertThat(schedule.next(null, date("2027-03-28"), Period.ofMonths(1), at("2027-03-22T09:00:00Z"))).isEmpty();
  }

  // --- progress requests -------------------------------------------------------------------------------------------

  @Test
  void quarterlyProgressRequestsFromTheStartDateThenRemindersWalkThroughTheWholeSequence() {
    // Start Saturday 16 January 2027, due Tuesday 4 January 2028, monitored quarterly.
    assertThat(walk(date("2027-01-16"), date("2028-01-04"), Period.ofMonths(3))).containsExactly(
        request("2027-04-16T08:00:00Z"), // Friday 16 April 2027, BST
        request("2027-07-16T08:00:00Z"), // Friday 16 July 2027
        request("2027-10-18T08:00:00Z"), // Saturday 16 October moved to Monday 18
        reminder("2027-12-07T09:00:00Z", 28), // GMT again
        reminder("2027-12-21T09:00:00Z", 14),
        reminder("2027-12-29T09:00:00Z", 7), // Tuesday 28 December 2027 is the Boxing Day substitute
        reminder("2028-01-04T09:00:00Z", 1)); // Monday 3 January 2028 is the New Year's Day substitute: the due date
    // 16 January 2028 would be after the due date: no request.
  }

  @Test
  void progressRequestsStopBeforeTheDueDate() {
    ReminderSchedule noReminders = new ReminderSchedule(ENGLAND_AND_WALES.withOffsetsDays(List.of()));
    // Due Friday 16 July 2027: the second quarter's request would fall on the due date itself.
    assertThat(walk(noReminders, date("2027-01-16"), date("2027-07-16"), Period.ofMonths(3), LONG_AGO, 10))
        .containsExactly(request("2027-04-16T08:00:00Z"));
  }

  @Test
  void anActionWithADueDateAndNoCadenceGetsNoProgressRequests() {
    assertThat(walk(date("2026-01-01"), date("2027-05-14"), null)).extracting(ScheduledReminder::kind)
        .containsOnly(REMINDER);
  }

  @Test
  void progressRequestsAreMultiplesOfTheCadenceFromTheStartNotChained() {
    // Start Wednesday 31 January 2024, ongoing, quarterly: the 13th quarter is Friday 30 April 2027, the 14th
    // Saturday 31 July 2027, moved to Monday 2 August (chaining would have given Friday 30 July).
    assertThat(walk(schedule, date("2024-01-31"), null, Period.ofMonths(3), at("2027-02-10T10:00:00Z"), 2))
        .containsExactly(request("2027-04-30T08:00:00Z"), request("2027-08-02T08:00:00Z"));
  }

  @Test
  void anOngoingActionWithNoCadenceIsAskedQuarterlyForever() {
    List<ScheduledReminder> sent =
        walk(schedule, date("2027-01-16"), null, null, at("2027-01-16T09:00:00Z"), 8);
    assertThat(sent).hasSize(8).extracting(ScheduledReminder::kind).containsOnly(PROGRESS_REQUEST);
    assertThat(sent.subList(0, 4)).containsExactly(
        request("2027-04-16T08:00:00Z"),
        request("2027-07-16T08:00:00Z"),
        request("2027-10-18T08:00:00Z"),
        request("2028-01-17T09:00:00Z")); // Sunday 16 January 2028 moved to Monday
    assertThat(sent.subList(4, 8)).containsExactly(
        request("2028-04-18T08:00:00Z"), // Sunday 16 April 2028, then Easter Monday
        request("2028-07-17T08:00:00Z"), // Sunday 16 July 2028
        request("2028-10-16T08:00:00Z"), // Monday 16 October 2028, still BST
        request("2029-01-16T09:00:00Z")); // Tuesday 16 January 2029
  }

  @Test
  void anOngoingActionUsesItsOwnCadence() {
    assertThat(walk(schedule, date("2027-01-15"), null, Period.ofMonths(1), at("2027-01-15T09:00:00Z"), 3))
        .containsExactly(
            request("2027-02-15T09:00:00Z"),
            request("2027-03-15T09:00:00Z"),
            request("2027-04-15T08:00:00Z"));
  }

  @Test
  void anOngoingActionWithNoStartDateCountsFromAfter() {
    // Wednesday 10 February 2027 + P3M = Monday 10 May 2027.
    assertThat(schedule.next(null, null, null, at("2027-02-10T10:00:00Z"))).contains(request("2027-05-10T08:00:00Z"));
    // The configured default cadence is the one used.
    ReminderProperties monthly = new ReminderProperties(
        null, Period.ofMonths(1), null, 10, null, null, ENGLAND_AND_WALES.bankHolidays());
    assertThat(new ReminderSchedule(monthly).next(null, null, null, at("2027-02-10T10:00:00Z")))
        .contains(request("2027-03-10T09:00:00Z"));
  }

  @Test
  void aReminderAndAProgressRequestAtTheSameInstantSendTheReminder() {
    // Start 16 February 2027 every two months: 16 April 2027 is also 28 days before Friday 14 May 2027.
    List<ScheduledReminder> sent = walk(date("2027-02-16"), date("2027-05-14"), Period.ofMonths(2));
    assertThat(sent).containsExactly(
        reminder("2027-04-16T08:00:00Z", 28),
        reminder("2027-04-30T08:00:00Z", 14),
        reminder("2027-05-07T08:00:00Z", 7),
        reminder("2027-05-13T08:00:00Z", 1));
  }

  @Test
  void aCadenceMustBePositive() {
    assertThatThrownBy(() -> schedule.next(null, null, Period.ZERO, LONG_AGO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cadence");
    assertThatThrownBy(() -> schedule.next(null, date("2027-05-14"), Period.ofMonths(-3), LONG_AGO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- lapse, chair, overdue, board ------------------------------------------------------------------------------------

  @Test
  void aLapseIsNoticedOnTheFirstWorkingDayAfterTheDueDate() {
    // Sunday 14 March 2027 and Friday 12 March 2027 both lapse on Monday 15 March 2027, 09:00 GMT.
    assertThat(schedule.lapseAt(date("2027-03-14"))).isEqualTo(at("2027-03-15T09:00:00Z"));
    assertThat(schedule.lapseAt(date("2027-03-12"))).isEqualTo(at("2027-03-15T09:00:00Z"));
    // Thursday 24 December 2026: Christmas Day, the weekend and the Boxing Day substitute go by.
    assertThat(schedule.lapseAt(date("2026-12-24"))).isEqualTo(at("2026-12-29T09:00:00Z"));
    // A working day's due date lapses the next morning, in summer time too.
    assertThat(schedule.lapseAt(date("2027-06-09"))).isEqualTo(at("2027-06-10T08:00:00Z"));
    // Friday 27 August 2027: the summer bank holiday is Monday 30 August.
    assertThat(schedule.lapseAt(date("2027-08-27"))).isEqualTo(at("2027-08-31T08:00:00Z"));
  }

  @Test
  void theChairHasTenWorkingDaysNotCountingBankHolidays() {
    // Lapse Tuesday 29 December 2026; New Year's Day and two weekends go by: Wednesday 13 January 2027.
    assertThat(schedule.chairDeadline(at("2026-12-29T09:00:00Z"))).isEqualTo(at("2027-01-13T09:00:00Z"));
    // Lapse Thursday 25 March 2027; Good Friday, Easter Monday and two weekends go by: Monday 12 April, BST.
    assertThat(schedule.chairDeadline(at("2027-03-25T09:00:00Z"))).isEqualTo(at("2027-04-12T08:00:00Z"));
  }

  @Test
  void theChairsWorkingDaysAreConfigurable() {
    ReminderProperties three = new ReminderProperties(null, null, null, 3, null, null, ENGLAND_AND_WALES.bankHolidays());
    assertThat(new ReminderSchedule(three).chairDeadline(at("2026-12-29T09:00:00Z")))
        .isEqualTo(at("2027-01-04T09:00:00Z"));
  }

  @Test
  void overdueRemindersGoWeeklyOnWorkingDays() {
    assertThat(schedule.nextOverdueReminder(at("2026-12-29T09:00:00Z"))).isEqualTo(at("2027-01-05T09:00:00Z"));
    // Monday 22 March 2027 + 7 days is Easter Monday: Tuesday 30 March, and the clocks have gone forward.
    assertThat(schedule.nextOverdueReminder(at("2027-03-22T09:00:00Z"))).isEqualTo(at("2027-03-30T08:00:00Z"));
    // The London date counts: 23:30 UTC on Sunday 18 July 2027 is Monday 19 July in London.
    assertThat(schedule.nextOverdueReminder(at("2027-07-18T23:30:00Z"))).isEqualTo(at("2027-07-26T08:00:00Z"));
  }

  @Test
  void theBoardsNextReviewIsSentOnAWorkingDay() {
    assertThat(schedule.nextBoardReview(date("2027-06-09"))).isEqualTo(at("2027-06-09T08:00:00Z"));
    // Saturday 1 May 2027, then the early May bank holiday.
    assertThat(schedule.nextBoardReview(date("2027-05-01"))).isEqualTo(at("2027-05-04T08:00:00Z"));
  }
}
