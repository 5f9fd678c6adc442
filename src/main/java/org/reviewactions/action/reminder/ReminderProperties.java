package org.reviewactions.action.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder and escalation timing under {@code rat.reminders}.
 *
 * @param offsetsDays days before the due date on which the owner is reminded ({@code offsets-days}, default 28, 14,
 *     7, 1); none may be negative; kept largest first, without repeats
 * @param defaultCadence how often an ongoing action (no due date) with no cadence of its own asks for a progress
 *     update ({@code default-cadence}, default {@code P3M}: quarterly)
 * @param overdueEvery how often a lapsed action's owner is reminded ({@code overdue-every}, default {@code P7D})
 * @param chairDecisionWorkingDays working days the monitoring sub-group chair has to decide on a lapse before it
 *     escalates to the board by itself ({@code chair-decision-working-days}, default 10)
 * @param sendAt the local time at which reminders go out ({@code send-at}, default 09:00)
 * @param zone the time zone of {@code sendAt} and of every date ({@code zone}, default Europe/London)
 * @param bankHolidays non-working days besides weekends ({@code bank-holidays}) on top of the England and Wales
 *     holidays that {@link ReminderConfig} reads from GOV.UK's {@code bank-holidays.json}
 */
@Validated
@ConfigurationProperties("rat.reminders")
public record ReminderProperties(
    @DefaultValue({"28", "14", "7", "1"}) List<@NotNull @PositiveOrZero Integer> offsetsDays,
    @DefaultValue("P3M") @PositivePeriod Period defaultCadence,
    @DefaultValue("P7D") @PositivePeriod Period overdueEvery,
    @DefaultValue("10") @PositiveOrZero int chairDecisionWorkingDays,
    @DefaultValue("09:00") LocalTime sendAt,
    @DefaultValue("Europe/London") ZoneId zone,
    List<LocalDate> bankHolidays) {

  public static final List<Integer> DEFAULT_OFFSETS_DAYS = List.of(28, 14, 7, 1);
  public static final Period DEFAULT_CADENCE = Period.ofMonths(3);
  public static final Period DEFAULT_OVERDUE_EVERY = Period.ofDays(7);
  public static final int DEFAULT_CHAIR_DECISION_WORKING_DAYS = 10;
  public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(9, 0);
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

  public ReminderProperties {
    // Bean Validation checks the values once bound; until then a null or negative entry is kept for it to name.
    offsetsDays = offsetsDays == null ? DEFAULT_OFFSETS_DAYS : offsetsDays;
    offsetsDays = offsetsDays.stream().distinct()
        .sorted(Comparator.nullsFirst(Comparator.<Integer>reverseOrder())).toList();
    defaultCadence = defaultCadence == null ? DEFAULT_CADENCE : defaultCadence;
    overdueEvery = overdueEvery == null ? DEFAULT_OVERDUE_EVERY : overdueEvery;
    sendAt = sendAt == null ? DEFAULT_SEND_AT : sendAt;
    zone = zone == null ? DEFAULT_ZONE : zone;
    bankHolidays = bankHolidays == null ? List.of() : List.copyOf(bankHolidays);
  }

  /** Every setting at its default, with no bank holidays. */
  public static ReminderProperties defaults() {
    return new ReminderProperties(null, null, null, DEFAULT_CHAIR_DECISION_WORKING_DAYS, null, null, null);
  }

  /** These settings with {@code bankHolidays} in place of the current list. */
  public ReminderProperties withBankHolidays(List<LocalDate> holidays) {
    return new ReminderProperties(
        offsetsDays, defaultCadence, overdueEvery, chairDecisionWorkingDays, sendAt, zone, holidays);
  }

  /** These settings with {@code offsets} in place of the current reminder offsets. */
  public ReminderProperties withOffsetsDays(List<Integer> offsets) {
    return new ReminderProperties(
        offsets, defaultCadence, overdueEvery, chairDecisionWorkingDays, sendAt, zone, bankHolidays);
  }
}
