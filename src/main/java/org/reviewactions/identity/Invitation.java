package org.reviewactions.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One invitation to join: the account it created, who asked for it, and until when its link works. The
 * link's token is never stored, only its SHA-256 hash; the link works once ({@code acceptedAt}), and not after a
 * plan manager cancelled it ({@code cancelledAt}). A resend replaces the hash and the expiry and counts the send.
 */
@Entity
public class Invitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 100)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(nullable = false, length = 300)
  private String email;

  @Column(name = "invited_by", nullable = false, length = 100)
  private String invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  /** How many times the link was sent: 1, then one more for each resend. */
  @Column(nullable = false)
  private int sends = 1;

  protected Invitation() {}

  Invitation(String tokenHash, String userId, String email, String invitedBy, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.email = email;
    this.invitedBy = invitedBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getEmail() {
    return email;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public int getSends() {
    return sends;
  }
}
