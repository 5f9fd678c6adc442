package org.reviewactions.action.reminder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Service levels of the people's tasks under {@code rat.deadlines}, in working days from the day the task is
 * created (the calendar of {@link WorkingCalendar}: weekends and bank holidays do not count). "Decide on lapsed
 * action" keeps its own, {@code rat.reminders.chair-decision-working-days}, because its deadline also sends the
 * lapse to the board. A year of working days is the most any may be: more is a typo, not a service level.
 *
 * @param confirmActionDates Confirm action dates (plan managers)
 * @param nominateActionOwner Nominate action owner (the agency's leads)
 * @param verifyEvidence Verify evidence (the monitoring sub-group)
 * @param decideOnExtension Decide on extension (the monitoring sub-group)
 * @param boardChallenge Board challenge (the board)
 * @param confirmRecommendationImplemented Confirm recommendation implemented (the monitoring sub-group)
 * @param reviewAgencyStatement Review agency progress statement (the monitoring sub-group)
 * @param submitIndicators Submit quarterly indicators (the agency's leads)
 * @param reviewChallengeResponse Review challenge response (the monitoring sub-group)
 * @param challengeEscalation how many working days after its response date an unanswered agency challenge goes to
 *     the board
 */
@Validated
@ConfigurationProperties("rat.deadlines")
public record TaskDeadlineProperties(
    @DefaultValue("10") @Positive @Max(260) int confirmActionDates,
    @DefaultValue("10") @Positive @Max(260) int nominateActionOwner,
    @DefaultValue("10") @Positive @Max(260) int verifyEvidence,
    @DefaultValue("10") @Positive @Max(260) int decideOnExtension,
    @DefaultValue("20") @Positive @Max(260) int boardChallenge,
    @DefaultValue("20") @Positive @Max(260) int confirmRecommendationImplemented,
    @DefaultValue("10") @Positive @Max(260) int reviewAgencyStatement,
    @DefaultValue("15") @Positive @Max(260) int submitIndicators,
    @DefaultValue("10") @Positive @Max(260) int reviewChallengeResponse,
    @DefaultValue("5") @Positive @Max(260) int challengeEscalation) {

  /** Every service level at its default. */
  public static TaskDeadlineProperties defaults() {
    return new TaskDeadlineProperties(10, 10, 10, 10, 20, 20, 10, 15, 10, 5);
  }

  /** The service level of the task the diagrams name by {@code key} (the property's camelCase name). */
  int workingDays(String key) {
    return switch (key == null ? "" : key) {
      case "confirmActionDates" -> confirmActionDates;
      case "nominateActionOwner" -> nominateActionOwner;
      case "verifyEvidence" -> verifyEvidence;
      case "decideOnExtension" -> decideOnExtension;
      case "boardChallenge" -> boardChallenge;
      case "confirmRecommendationImplemented" -> confirmRecommendationImplemented;
      case "reviewAgencyStatement" -> reviewAgencyStatement;
      case "submitIndicators" -> submitIndicators;
      case "reviewChallengeResponse" -> reviewChallengeResponse;
      case "challengeEscalation" -> challengeEscalation;
      default -> throw new IllegalArgumentException("No service level for the task '" + key + "' under rat.deadlines");
    };
  }
}
