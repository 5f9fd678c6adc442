package org.reviewactions.plan;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recommendations and their confirmation by the monitoring sub-group. */
@Service
public class RecommendationService {

  private final RecommendationRepository recommendations;
  private final ReviewRepository reviews;
  private final ActionService actions;
  private final Clock clock;

  RecommendationService(RecommendationRepository recommendations, ReviewRepository reviews, ActionService actions, Clock clock) {
    this.recommendations = recommendations;
    this.reviews = reviews;
    this.actions = actions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Recommendation get(Long id) {
    return recommendations.findById(id).orElseThrow(() -> new IllegalStateException("No recommendation " + id));
  }

  /** Finds the recommendation a plan manager named on the start form. */
  @Transactional(readOnly = true)
  public Recommendation find(String reviewRef, String number) {
    if (reviewRef == null || reviewRef.isBlank() || number == null || number.isBlank()) {
      throw new BusinessRuleException("Give both the review reference and the recommendation number.");
    }
    return recommendations.findByReviewReferenceAndNumber(reviewRef.strip(), number.strip())
        .orElseThrow(() -> new BusinessRuleException("Review '" + reviewRef.strip() + "' has no recommendation numbered '"
            + number.strip() + "'."));
  }

  @Transactional(readOnly = true)
  public List<Recommendation> forReview(String reviewRef) {
    return reviews.findByReference(reviewRef).map(r -> recommendations.findByReviewIdOrderByPosition(r.getId()))
        .orElse(List.of());
  }

  /** The process has taken the recommendation up: the ids of its actions that are not yet complete. */
  @Transactional
  public List<Long> begin(Recommendation recommendation, String processInstanceId) {
    if (recommendation.getProcessInstanceId() != null && !recommendation.getProcessInstanceId().equals(processInstanceId)
        && recommendation.getStatus() != RecommendationStatus.IMPLEMENTED) {
      throw new BusinessRuleException("Recommendation " + recommendation.businessKey() + " is already running as process "
          + recommendation.getProcessInstanceId() + ".");
    }
    recommendation.setProcessInstanceId(processInstanceId);
    recommendation.setStatus(RecommendationStatus.IN_PROGRESS);
    return actions.forRecommendation(recommendation.getId()).stream()
        .filter(a -> a.getStatus() != ActionStatus.COMPLETE && a.getStatus() != ActionStatus.WITHDRAWN).map(Action::getId).toList();
  }

  @Transactional
  public void awaitConfirmation(Long recommendationId) {
    get(recommendationId).setStatus(RecommendationStatus.AWAITING_CONFIRMATION);
  }

  @Transactional
  public void confirmImplemented(Long recommendationId, String userId, String note) {
    get(recommendationId).confirmImplemented(userId, clock.instant(), note == null || note.isBlank() ? null : note.strip());
  }

  @Transactional
  public Action addFurtherAction(Long recommendationId, String description, String agency, String responsible,
      String timescale, String userId) {
    Recommendation recommendation = get(recommendationId);
    recommendation.setStatus(RecommendationStatus.IN_PROGRESS);
    return actions.createFurtherAction(recommendation, description, agency, responsible, timescale, userId);
  }

  /** One line per action with its status and due date, for the confirmation form. */
  @Transactional(readOnly = true)
  public String actionsSummary(Long recommendationId) {
    return actions.forRecommendation(recommendationId).stream()
        .map(a -> a.getPosition() + ". " + a.getStatus().label() + " · " + a.getAgency() + " · due "
            + ActionService.formatDate(a.getDueDate()) + "\n   " + a.getDescription().replaceAll("\\s+", " ").strip())
        .collect(Collectors.joining("\n"));
  }
}
