package org.reviewactions.challenge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyChallengeRepository extends JpaRepository<AgencyChallenge, Long> {

  List<AgencyChallenge> findByReviewIdAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(Long reviewId, Instant before);
}
