package org.reviewactions.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImpactCheckFileRepository extends JpaRepository<ImpactCheckFile, Long> {

  /** The files of these checks without their content, which may be megabytes each. */
  @Query("select new org.reviewactions.plan.ImpactFileSummary(f.id, f.impactCheckId, f.fileName, f.sizeBytes,"
      + " f.uploadedBy, f.uploadedAt) from ImpactCheckFile f where f.impactCheckId in :checkIds order by f.uploadedAt, f.id")
  List<ImpactFileSummary> summariesOf(@Param("checkIds") List<Long> checkIds);

  @Query("select c.recommendationId from ImpactCheck c where c.id = :checkId")
  Long recommendationOf(@Param("checkId") Long checkId);
}
