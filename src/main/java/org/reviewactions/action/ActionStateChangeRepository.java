package org.reviewactions.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionStateChangeRepository extends JpaRepository<ActionStateChange, Long> {

  Optional<ActionStateChange> findFirstByActionIdOrderByChangedAtDescIdDesc(Long actionId);

  List<ActionStateChange> findByActionIdInOrderByChangedAtAscIdAsc(Collection<Long> actionIds);
}
