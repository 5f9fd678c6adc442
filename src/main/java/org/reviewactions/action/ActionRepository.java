package org.reviewactions.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

  List<Action> findByRecommendationIdOrderByPosition(Long recommendationId);

  // Written out: a derived query is built as a criteria query on every call, which Hibernate does not cache, and each
  // fired timer looks its action up this way several times.
  @org.springframework.data.jpa.repository.Query("select a from Action a where a.processInstanceId = :processInstanceId")
  Optional<Action> findByProcessInstanceId(
      @org.springframework.data.repository.query.Param("processInstanceId") String processInstanceId);

  @org.springframework.data.jpa.repository.Query("select a from Action a, Recommendation r where a.recommendationId = r.id"
      + " and r.review.id = :reviewId order by r.position, a.position, a.id")
  List<Action> findByReviewInPlanOrder(@org.springframework.data.repository.query.Param("reviewId") Long reviewId);

  /** The actions a responsible role is named on, for handing its open work to a new holder. */
  List<Action> findByResponsibleRoleId(Long responsibleRoleId);

  /** Whether anyone's action names the user as its owner, so their account must be kept. */
  boolean existsByOwnerUserId(String ownerUserId);

  /** Only the columns that say who reads an action, for every action that has a process. */
  List<ReadersView> findByProcessInstanceIdIsNotNull();

  interface ReadersView {
    String getAgency();
    String getOwnerUserId();
    String getProcessInstanceId();
  }
}
