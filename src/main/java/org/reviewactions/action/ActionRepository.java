package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

  List<Action> findByRecommendationIdOrderByPosition(Long recommendationId);

  /** Only the columns that say who reads an action, for every action that has a process. */
  List<ReadersView> findByProcessInstanceIdIsNotNull();

  interface ReadersView {
    String getAgency();
    String getOwnerUserId();
    String getProcessInstanceId();
  }
}
