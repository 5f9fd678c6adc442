package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankHolidaysYamlTest {

  private final List<LocalDate> holidays = BankHolidayFile.load();

  @Test
  void eightBankHolidaysInEachYearFrom2024To2030AndNoOthers() {
    Map<Integer, Long> perYear =
        holidays.stream().collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
    assertThat(perYear).containsOnlyKeys(2024, 2025, 2026, 2027, 2028, 2029, 2030);
    assertThat(perYear.values()).containsOnly(8L);
    assertThat(holidays).hasSize(56).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void includesGoodFridayAndEasterMondayOfEveryYear() {
    assertThat(holidays).contains(
        LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
        LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
        LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
        LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17),
        LocalDate.of(2029, 3, 30), LocalDate.of(2029, 4, 2),
        LocalDate.of(2030, 4, 19), LocalDate.of(2030, 4, 22));
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
    // Christmas on Saturday, Boxing Day on Sunday; New Year's Day 2028 on Saturday.
    assertThat(holidays).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28), LocalDate.of(2028, 1, 3));
  }

  @Test
  void matchesTheRulesForEveryYear() {
    List<LocalDate> expected = new ArrayList<>();
    for (int year = 2024; year <= 2030; year++) {
      expected.addAll(byTheRules(year));
    }
    assertThat(holidays).containsExactlyElementsOf(expected);
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
