package org.reviewactions.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The record of one e-mail: its idempotency key makes a second send of the same message impossible. */
@Entity
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 400)
  private String idempotencyKey;

  @Column(name = "action_id")
  private Long actionId;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 300)
  private String recipient;

  @Column(nullable = false, length = 1000)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NotificationStatus status = NotificationStatus.PENDING;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  protected Notification() {}

  public Notification(String idempotencyKey, Long actionId, String kind, String recipient, String subject, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.actionId = actionId;
    this.kind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.createdAt = createdAt;
  }

  public void markSent(Instant at) {
    this.status = NotificationStatus.SENT;
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
  }

  public Long getId() { return id; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public Long getActionId() { return actionId; }
  public String getKind() { return kind; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public NotificationStatus getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSentAt() { return sentAt; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
}
