package org.reviewactions.action.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

  List<EvidenceFile> findByActionIdAndEvidenceIdIsNull(Long actionId);

  List<EvidenceFile> findByEvidenceId(Long evidenceId);
}
