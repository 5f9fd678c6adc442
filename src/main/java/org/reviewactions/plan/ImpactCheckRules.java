package org.reviewactions.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.reviewactions.action.WorkingDays;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.FormDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads what the sub-group typed about an impact check: the date (by default {@code rat.impact.check-after-months}
 * months from today, 6 unless configured), the method and the note. Every refusal names its field and comes before
 * anything is saved, so a refused completion leaves the recommendation as it was.
 */
@Component
class ImpactCheckRules {

  /** A check further ahead than this is a typo (2207 for 2027), not a plan. */
  static final int LATEST_YEARS = 5;
  static final int NOTE_MAX = 4000;

  private final Clock clock;
  private final WorkingDays workingDays;
  private final int defaultMonths;

  ImpactCheckRules(Clock clock, WorkingDays workingDays, @Value("${rat.impact.check-after-months:6}") int defaultMonths) {
    if (defaultMonths < 1 || defaultMonths > 12 * LATEST_YEARS) {
      throw new IllegalStateException("rat.impact.check-after-months must be 1 to " + 12 * LATEST_YEARS + ", not "
          + defaultMonths);
    }
    this.clock = clock;
    this.workingDays = workingDays;
    this.defaultMonths = defaultMonths;
  }

  /** The check as the sub-group set it: when, how, and why. */
  record Plan(LocalDate dueDate, ImpactMethod method, String note) {}

  /** The confirmation's impact check; a date left empty is the configured months from today. */
  Plan confirmed(String date, String method, String note) {
    LocalDate due = date(date, RecommendationProcess.Var.IMPACT_CHECK_DATE, "Check impact on");
    return new Plan(due == null ? today().plusMonths(defaultMonths) : due, method(method), note(note));
  }

  /** The next check after a "partly embedded" judgement: its date is required. */
  LocalDate nextCheck(String date) {
    LocalDate due = date(date, RecommendationProcess.Var.NEXT_IMPACT_CHECK_DATE, "Next check on");
    if (due == null) {
      throw new BusinessRuleException(RecommendationProcess.Var.NEXT_IMPACT_CHECK_DATE,
          "Next check on: give the date of the next impact check, as the learning is only partly embedded.");
    }
    return due;
  }

  /** When the timer fires for a check due on {@code due}: 09:00 on that day, or on the next working day. */
  Date firesAt(LocalDate due) {
    Instant at = workingDays.sendingTime(due);
    return Date.from(at);
  }

  private LocalDate date(String typed, String field, String label) {
    LocalDate date;
    try {
      date = FormDates.parse(typed, label);
    } catch (BusinessRuleException e) {
      throw new BusinessRuleException(field, e.getMessage());
    }
    if (date == null) {
      return null;
    }
    if (!date.isAfter(today())) {
      throw new BusinessRuleException(field, label + ": " + FormDates.shown(date)
          + " is not in the future. An impact check is set for a later date.");
    }
    if (date.isAfter(today().plusYears(LATEST_YEARS))) {
      throw new BusinessRuleException(field, label + ": " + FormDates.shown(date) + " is more than " + LATEST_YEARS
          + " years away. Check the year.");
    }
    return date;
  }

  private static ImpactMethod method(String value) {
    if (value == null || value.isBlank()) {
      // The form asks for it; a caller that leaves it out (an older client) is recorded as "other", to be decided.
      return ImpactMethod.OTHER;
    }
    return ImpactMethod.ofFormValue(value.strip()).orElseThrow(() -> new BusinessRuleException(
        RecommendationProcess.Var.IMPACT_CHECK_METHOD, "How: '" + shorten(value) + "' is not one of the choices "
        + "(audit, staffSurvey, indicator, other)."));
  }

  private static String note(String value) {
    return text(value, RecommendationProcess.Var.IMPACT_CHECK_NOTE, "Note");
  }

  /** Optional text, stripped; null when blank; refused naming the field when longer than the column. */
  static String text(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > NOTE_MAX) {
      throw new BusinessRuleException(field, label + " holds " + text.length() + " characters; at most " + NOTE_MAX
          + " are kept.");
    }
    return text;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
