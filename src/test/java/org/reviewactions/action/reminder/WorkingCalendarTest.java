package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = new WorkingCalendar(BankHolidayFile.englandAndWales());

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void weekdaysAreWorkingDaysExceptBankHolidays() {
    assertThat(calendar.isWorkingDay(date("2027-05-14"))).as("Friday").isTrue();
    assertThat(calendar.isWorkingDay(date("2027-05-15"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(date("2027-05-16"))).as("Sunday").isFalse();
    assertThat(calendar.isWorkingDay(date("2027-03-29"))).as("Easter Monday").isFalse();
    assertThat(calendar.isWorkingDay(date("2026-12-28"))).as("Boxing Day substitute").isFalse();
    assertThat(calendar.isWorkingDay(date("2026-12-29"))).as("Tuesday after Christmas").isTrue();
  }

  @Test
  void withoutBankHolidaysOnlyWeekendsAreSkipped() {
    WorkingCalendar plain = new WorkingCalendar(ReminderProperties.defaults());
    assertThat(plain.isWorkingDay(date("2026-12-25"))).isTrue();
    assertThat(plain.onOrAfter(date("2026-12-26"))).isEqualTo(date("2026-12-28"));
  }

  @Test
  void onOrAfterKeepsAWorkingDayAndSkipsWeekendsAndHolidays() {
    assertThat(calendar.onOrAfter(date("2027-05-14"))).isEqualTo(date("2027-05-14"));
    assertThat(calendar.onOrAfter(date("2027-05-15"))).isEqualTo(date("2027-05-17"));
    assertThat(calendar.onOrAfter(date("2027-03-26"))).as("Good Friday to Easter Tuesday")
        .isEqualTo(date("2027-03-30"));
    assertThat(calendar.onOrAfter(date("2026-12-25"))).as("Christmas, weekend, Boxing Day substitute")
        .isEqualTo(date("2026-12-29"));
    assertThat(calendar.onOrAfter(date("2027-12-25"))).isEqualTo(date("2027-12-29"));
  }

  @Test
  void sendingTimeIsNineInTheMorningLondonTimeWinterAndSummer() {
    assertThat(calendar.sendingTime(date("2027-01-15"))).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
    assertThat(calendar.sendingTime(date("2027-07-15"))).isEqualTo(Instant.parse("2027-07-15T08:00:00Z"));
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    assertThat(calendar.sendingTime(date("2026-03-27"))).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
    assertThat(calendar.sendingTime(date("2026-03-28"))).as("Saturday to Monday, now BST")
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    assertThat(calendar.sendingTime(date("2026-10-23"))).isEqualTo(Instant.parse("2026-10-23T08:00:00Z"));
    assertThat(calendar.sendingTime(date("2026-10-24"))).as("Saturday to Monday, now GMT")
        .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
  }

  @Test
  void plusWorkingDaysCountsOnlyWorkingDays() {
    Instant friday = Instant.parse("2027-05-14T08:00:00Z");
    assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(Instant.parse("2027-05-17T08:00:00Z"));
    assertThat(calendar.plusWorkingDays(friday, 5)).isEqualTo(Instant.parse("2027-05-21T08:00:00Z"));
    assertThat(calendar.plusWorkingDays(friday, 0)).isEqualTo(friday);
    // Thursday 25 March 2027 + 1: Good Friday, weekend and Easter Monday are skipped.
    assertThat(calendar.plusWorkingDays(Instant.parse("2027-03-25T09:00:00Z"), 1))
        .isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
    assertThatThrownBy(() -> calendar.plusWorkingDays(friday, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusWorkingDaysStartsFromTheLondonDate() {
    // 23:30 UTC on Thursday 15 July 2027 is already Friday 16 July in London; 22:30 UTC is still Thursday.
    assertThat(calendar.plusWorkingDays(Instant.parse("2027-07-15T23:30:00Z"), 1))
        .isEqualTo(Instant.parse("2027-07-19T08:00:00Z"));
    assertThat(calendar.plusWorkingDays(Instant.parse("2027-07-15T22:30:00Z"), 1))
        .isEqualTo(Instant.parse("2027-07-16T08:00:00Z"));
  }
}
