package org.reviewactions.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

  Optional<Invitation> findByTokenHash(String tokenHash);

  /** Marks the invitation used unless it already is; 1 if this call used it, 0 if another had. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Invitation i set i.acceptedAt = :at where i.id = :id and i.acceptedAt is null")
  int markAccepted(@Param("id") Long id, @Param("at") Instant at);
}
