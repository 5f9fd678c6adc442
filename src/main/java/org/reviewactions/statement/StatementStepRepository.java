package org.reviewactions.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementStepRepository extends JpaRepository<StatementStep, Long> {

  List<StatementStep> findByStatementIdOrderByHappenedAtAscIdAsc(Long statementId);

  boolean existsByStatementIdAndStep(Long statementId, StatementStepKind step);
}
