package org.reviewactions.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

  Optional<Invitation> findByTokenHash(String tokenHash);

  /** Marks the invitation used unless it already is; 1 if this call used it, 0 if another had. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Invitation i set i.acceptedAt = :at where i.id = :id and i.acceptedAt is null and i.cancelledAt is null")
  int markAccepted(@Param("id") Long id, @Param("at") Instant at);

  /** A new link for an open invitation: 1 if renewed, 0 if it was accepted or cancelled meanwhile. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Invitation i set i.tokenHash = :hash, i.expiresAt = :expiresAt, i.sends = i.sends + 1"
      + " where i.id = :id and i.acceptedAt is null and i.cancelledAt is null")
  int renew(@Param("id") Long id, @Param("hash") String tokenHash, @Param("expiresAt") Instant expiresAt);

  /** Cancels an open invitation: 1 if cancelled, 0 if it was accepted or cancelled meanwhile. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update Invitation i set i.cancelledAt = :at where i.id = :id and i.acceptedAt is null and i.cancelledAt is null")
  int markCancelled(@Param("id") Long id, @Param("at") Instant at);

  /** Invitations neither accepted nor cancelled, newest first. */
  List<Invitation> findByAcceptedAtIsNullAndCancelledAtIsNullOrderByCreatedAtDescIdDesc();
}
