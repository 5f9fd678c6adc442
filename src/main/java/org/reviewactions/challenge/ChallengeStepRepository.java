package org.reviewactions.challenge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeStepRepository extends JpaRepository<ChallengeStep, Long> {

  List<ChallengeStep> findByChallengeIdInOrderByHappenedAtAscIdAsc(Collection<Long> challengeIds);

  boolean existsByChallengeIdAndStep(Long challengeId, ChallengeStepKind step);
}
