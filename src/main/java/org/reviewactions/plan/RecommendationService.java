package org.reviewactions.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.ImpactChecks;
import org.reviewactions.review.ImpactJudgement;
import org.reviewactions.review.ImpactMethod;
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
  private final ImpactChecks impactChecks;
  private final Clock clock;

  RecommendationService(RecommendationRepository recommendations, ReviewRepository reviews, ActionService actions,
      ImpactChecks impactChecks, Clock clock) {
    this.recommendations = recommendations;
    this.reviews = reviews;
    this.actions = actions;
    this.impactChecks = impactChecks;
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
        && recommendation.getStatus() != RecommendationStatus.IMPACT_ASSURED) {
      throw new BusinessRuleException("Recommendation " + recommendation.businessKey() + " is already running as process "
          + recommendation.getProcessInstanceId() + ".");
    }
    recommendation.setProcessInstanceId(processInstanceId);
    recommendation.setStatus(RecommendationStatus.IN_PROGRESS);
    List<Long> ids = actions.forRecommendation(recommendation.getId()).stream()
        .filter(a -> a.getStatus() != ActionStatus.COMPLETE && a.getStatus() != ActionStatus.WITHDRAWN).map(Action::getId).toList();
    // Each action process the recommendation's process starts next notes its action's state: read in one go.
    actions.recallLastStates(ids);
    return ids;
  }

  @Transactional
  public void awaitConfirmation(Long recommendationId) {
    get(recommendationId).setStatus(RecommendationStatus.AWAITING_CONFIRMATION);
  }

  /** Confirmed implemented, with the impact check the sub-group set (when, how) scheduled. */
  @Transactional
  public ImpactCheck confirmImplemented(Long recommendationId, String userId, String note, LocalDate impactCheckDue,
      ImpactMethod method, String impactNote) {
    get(recommendationId).confirmImplemented(userId, clock.instant(), note == null || note.isBlank() ? null : note.strip());
    return impactChecks.schedule(recommendationId, impactCheckDue, method, impactNote, userId);
  }

  /**
   * The sub-group's judgement on the due impact check. Embedded: impact assured. Partly: still implemented, with the
   * next check scheduled (same method) on {@code nextCheck}. Not evident: reopened (its further action follows).
   */
  @Transactional
  public ImpactCheck assessImpact(Long recommendationId, String findings, String evidenceSummary, String evidenceReferences,
      ImpactJudgement judgement, LocalDate nextCheck, String userId) {
    Recommendation recommendation = get(recommendationId);
    ImpactCheck assessed = impactChecks.assess(recommendationId, findings, evidenceSummary, evidenceReferences, judgement,
        userId);
    switch (judgement) {
      case EMBEDDED -> recommendation.setStatus(RecommendationStatus.IMPACT_ASSURED);
      case PARTLY -> {
        recommendation.setStatus(RecommendationStatus.IMPLEMENTED);
        impactChecks.schedule(recommendationId, nextCheck, assessed.getMethod(),
            "Follows the check of " + org.reviewactions.shared.FormDates.shown(assessed.getDueDate())
                + ": learning partly embedded.", userId);
      }
      case NOT_EVIDENT -> recommendation.setStatus(RecommendationStatus.IMPACT_NOT_EVIDENT);
    }
    return assessed;
  }

  /** The recommendation's impact check that is due, for the "Assess impact" form. */
  @Transactional(readOnly = true)
  public java.util.Optional<ImpactCheck> dueImpactCheck(Long recommendationId) {
    return impactChecks.due(recommendationId);
  }

  /** Every impact check of the recommendation, oldest first. */
  @Transactional(readOnly = true)
  public List<ImpactCheck> impactChecks(Long recommendationId) {
    return impactChecks.of(List.of(recommendationId));
  }

  @Transactional
  public Action addFurtherAction(Long recommendationId, String description, String agency, String responsible,
      String timescale, String userId) {
    Recommendation recommendation = get(recommendationId);
    if (recommendation.getStatus() != RecommendationStatus.IMPACT_NOT_EVIDENT) {
      // Reopened after an impact check keeps saying why until the sub-group is asked to confirm again.
      recommendation.setStatus(RecommendationStatus.IN_PROGRESS);
    }
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
