package org.reviewactions.plan;

import java.util.Optional;
import org.reviewactions.review.Review;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

  Optional<Review> findByReference(String reference);

  boolean existsByReferenceKey(String referenceKey);
}
