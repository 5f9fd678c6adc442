package org.reviewactions.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact checks of recommendations: scheduled by the recommendation's process when the sub-group confirms it
 * implemented, assessed by the sub-group when due; read by the reports and the dashboard. Callers validate what
 * people typed; this keeps the rows.
 */
@Service
public class ImpactChecks {

  @PersistenceContext
  private EntityManager entities;

  private final Clock clock;

  ImpactChecks(Clock clock) {
    this.clock = clock;
  }

  /** A new check of the recommendation, due on {@code dueDate}. */
  @Transactional
  public ImpactCheck schedule(Long recommendationId, LocalDate dueDate, ImpactMethod method, String note, String userId) {
    ImpactCheck check = new ImpactCheck(recommendationId, dueDate, method, note, userId, clock.instant());
    entities.persist(check);
    return check;
  }

  /** The recommendation's check that is due and not yet assessed, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ImpactCheck> due(Long recommendationId) {
    return entities.createQuery("select c from ImpactCheck c where c.recommendationId = :id and c.status = :due "
        + "order by c.id desc", ImpactCheck.class)
        .setParameter("id", recommendationId).setParameter("due", ImpactCheck.Status.DUE)
        .setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * Records the judgement on the recommendation's due check.
   *
   * @throws IllegalStateException when no check is due (the process asks only when one is)
   */
  @Transactional
  public ImpactCheck assess(Long recommendationId, String findings, String evidenceSummary, String evidenceReferences,
      ImpactJudgement judgement, String userId) {
    ImpactCheck check = due(recommendationId)
        .orElseThrow(() -> new IllegalStateException("Recommendation " + recommendationId + " has no impact check due"));
    ImpactCheck managed = entities.find(ImpactCheck.class, check.getId());
    managed.assess(findings, evidenceSummary, evidenceReferences, judgement, userId, clock.instant());
    return managed;
  }

  /** Every check of these recommendations, oldest first. */
  @Transactional(readOnly = true)
  public List<ImpactCheck> of(Collection<Long> recommendationIds) {
    if (recommendationIds.isEmpty()) {
      return List.of();
    }
    return entities.createQuery("select c from ImpactCheck c where c.recommendationId in :ids "
        + "order by c.scheduledAt, c.id", ImpactCheck.class)
        .setParameter("ids", recommendationIds).getResultList();
  }
}
