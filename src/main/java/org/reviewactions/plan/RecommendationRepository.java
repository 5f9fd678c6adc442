package org.reviewactions.plan;

import java.util.List;
import java.util.Optional;
import org.reviewactions.review.Recommendation;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

  List<Recommendation> findByReviewIdOrderByPosition(Long reviewId);

  Optional<Recommendation> findByReviewReferenceAndNumber(String reviewRef, String number);
}
