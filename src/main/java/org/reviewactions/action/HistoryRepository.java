package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

  List<HistoryEntry> findByActionIdOrderByHappenedAtAscIdAsc(Long actionId);

  List<HistoryEntry> findByActionIdInOrderByHappenedAtAscIdAsc(java.util.Collection<Long> actionIds);
}
