package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class BankHolidaysSnapshotTest {

  private final BankHolidays snapshot = BankHolidays.englandAndWales();
  private final List<LocalDate> holidays = snapshot.dates();

  @Test
  void coversEveryYearFrom2019ToTheEndOf2027() {
    assertThat(holidays.get(0)).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(snapshot.lastDate()).isEqualTo(LocalDate.of(2027, 12, 28));
    assertThat(holidays).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void the2027HolidaysAreTheOnesGovUkPublished() {
    assertThat(holidays.stream().filter(d -> d.getYear() == 2027)).containsExactly(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
        LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    assertThat(snapshot.events()).filteredOn(e -> e.date().equals(LocalDate.of(2027, 12, 28)))
        .singleElement().satisfies(e -> {
          assertThat(e.title()).isEqualTo("Boxing Day");
          assertThat(e.notes()).isEqualTo("Substitute day");
        });
  }

  @Test
  void oneOffHolidaysAreWorkingDaysOff() {
    assertThat(holidays).contains(
        LocalDate.of(2020, 5, 8), // VE Day, in place of the early May holiday
        LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), // Platinum Jubilee
        LocalDate.of(2022, 9, 19), // State Funeral of Queen Elizabeth II
        LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
    WorkingCalendar calendar = new WorkingCalendar(ReminderProperties.defaults().withBankHolidays(holidays));
    assertThat(calendar.onOrAfter(LocalDate.of(2022, 9, 19))).isEqualTo(LocalDate.of(2022, 9, 20));
  }

  @Test
  void noBankHolidayFallsAtAWeekend() {
    assertThat(holidays).allSatisfy(day -> assertThat(day.getDayOfWeek())
        .as(day.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void substituteDaysReplaceHolidaysThatFallAtAWeekend() {
    assertThat(holidays.stream().filter(d -> d.getYear() == 2026)).containsExactly(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
        LocalDate.of(2026, 12, 28));
  }

  /** The regular holidays are all there; a year may have more (one-offs) and a regular one may move. */
  @Test
  void everyRegularHolidayIsThereUnlessMovedThatYear() {
    List<LocalDate> moved = List.of(
        LocalDate.of(2020, 5, 4), // early May moved to VE Day, 8 May
        LocalDate.of(2022, 5, 30)); // spring holiday moved to 2 June for the Platinum Jubilee
    for (int year = 2019; year <= 2027; year++) {
      List<LocalDate> regular = new ArrayList<>(byTheRules(year));
      regular.removeAll(moved);
      assertThat(holidays).as("%d", year).containsAll(regular);
    }
  }

  @Test
  void warnsWhenTheDataEndsWithinTwelveMonths(CapturedOutput output) {
    assertThat(snapshot.warnIfEndingWithinAYearOf(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(output.getOut()).contains("WARN").contains("bank-holidays.json").contains("2027-12-28");
  }

  @Test
  void staysQuietWhileMoreThanAYearIsLeft(CapturedOutput output) {
    assertThat(snapshot.warnIfEndingWithinAYearOf(LocalDate.of(2026, 12, 27))).isFalse();
    assertThat(output.getOut()).doesNotContain("bank-holidays.json");
  }

  /** The England and Wales rules, with Easter by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
  private static List<LocalDate> byTheRules(int year) {
    List<LocalDate> days = new ArrayList<>();
    days.add(nextWeekday(LocalDate.of(year, 1, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = nextWeekday(MonthDay.of(12, 25).atYear(year));
    days.add(christmas);
    days.add(nextWeekday(christmas.plusDays(1)));
    return days;
  }

  private static LocalDate nextWeekday(LocalDate day) {
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
