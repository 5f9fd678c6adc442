package org.reviewactions.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyStatementRepository extends JpaRepository<AgencyStatement, Long> {

  List<AgencyStatement> findByReviewIdOrderByAgencyAscRequestedAtDescIdDesc(Long reviewId);
}
