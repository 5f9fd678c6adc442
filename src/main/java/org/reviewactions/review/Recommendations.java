package org.reviewactions.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reviewactions.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up a recommendation, with its review, for modules that hold only its id (an action keeps its
 * recommendation's id, not a reference, so the action module does not reach into the plan's records).
 */
@Service
public class Recommendations {

  @PersistenceContext
  private EntityManager entities;

  /** The recommendation with this id, its review loaded; {@link NotFoundException} if there is none. */
  @Transactional(readOnly = true)
  public Recommendation get(Long id) {
    // Found by key: one already read in this transaction comes without a query (the steps of a process start each
    // ask for it); the review is read with it (an eager association).
    Recommendation recommendation = id == null ? null : entities.find(Recommendation.class, id);
    if (recommendation == null) {
      throw new NotFoundException("There is no recommendation " + id + ".");
    }
    return recommendation;
  }

  /**
   * The reviews still open, in id order: those with a recommendation the monitoring sub-group has not yet confirmed
   * implemented. A review whose every recommendation is implemented is closed (an impact check still to come does
   * not reopen it; one that found no impact does, as its recommendation is reopened); a review with none is left out too.
   */
  @Transactional(readOnly = true)
  public java.util.List<Long> openReviewIds() {
    return entities.createQuery("select distinct r.review.id from Recommendation r where r.status not in :implemented "
        + "order by r.review.id", Long.class)
        .setParameter("implemented", java.util.List.of(RecommendationStatus.IMPLEMENTED, RecommendationStatus.IMPACT_ASSURED))
        .getResultList();
  }
}
