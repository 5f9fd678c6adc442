package org.reviewactions.action.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

  List<EvidenceFile> findByActionIdAndEvidenceIdIsNull(Long actionId);

  List<EvidenceFile> findByEvidenceId(Long evidenceId);

  /** Every file of the action without its content, which may be megabytes each. */
  @Query("select new org.reviewactions.action.evidence.EvidenceFileSummary(f.id, f.actionId, f.evidenceId, f.fileName,"
      + " f.sizeBytes, f.uploadedBy, f.uploadedAt) from EvidenceFile f where f.actionId = :actionId order by f.uploadedAt, f.id")
  List<EvidenceFileSummary> summariesOf(@Param("actionId") Long actionId);

  /**
   * Removes a file only while no evidence has claimed it. The condition is in the statement itself, so a
   * submission committing at the same moment either claims the file first (nothing is removed) or waits.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from EvidenceFile f where f.id = :id and f.actionId = :actionId and f.evidenceId is null")
  int deleteWaiting(@Param("id") Long id, @Param("actionId") Long actionId);
}
