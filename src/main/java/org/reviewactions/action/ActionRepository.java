package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

  List<Action> findByRecommendationIdOrderByPosition(Long recommendationId);
}
