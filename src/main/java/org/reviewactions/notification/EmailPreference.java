package org.reviewactions.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's choice between immediate e-mails and a daily digest. */
@Entity
@Table(name = "email_preference")
class EmailPreference {

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EmailDelivery delivery;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected EmailPreference() {}

  EmailPreference(String userId, EmailDelivery delivery, Instant updatedAt) {
    this.userId = userId;
    this.delivery = delivery;
    this.updatedAt = updatedAt;
  }

  void choose(EmailDelivery delivery, Instant at) {
    this.delivery = delivery;
    this.updatedAt = at;
  }

  String getUserId() { return userId; }
  EmailDelivery getDelivery() { return delivery; }
}
