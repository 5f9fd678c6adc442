package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

  List<ProgressUpdate> findByActionIdOrderByAsAtAscIdAsc(Long actionId);

  List<ProgressUpdate> findByActionIdInOrderByAsAtAscIdAsc(java.util.Collection<Long> actionIds);
}
