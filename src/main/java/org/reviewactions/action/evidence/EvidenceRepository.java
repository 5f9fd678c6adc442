package org.reviewactions.action.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  List<Evidence> findByActionIdOrderBySubmittedAtAscIdAsc(Long actionId);

  Optional<Evidence> findFirstByActionIdOrderByIdDesc(Long actionId);
}
