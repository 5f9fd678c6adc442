package org.reviewactions.action;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

  List<Action> findByRecommendationIdOrderByPosition(Long recommendationId);

  Optional<Action> findByProcessInstanceId(String processInstanceId);
}
