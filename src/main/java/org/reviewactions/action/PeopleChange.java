package org.reviewactions.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made on the People and roles page. Never updated, never deleted. */
@Entity
@Table(name = "people_change")
class PeopleChange {

  enum Kind { ROLE_HOLDER, AGENCY_LEAD, INVITATION_RESENT, INVITATION_CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 600)
  private String subject;

  @Column(name = "from_user", length = 100)
  private String fromUser;

  @Column(name = "to_user", nullable = false, length = 100)
  private String toUser;

  protected PeopleChange() {}

  PeopleChange(Instant happenedAt, String actor, Kind kind, String subject, String fromUser, String toUser) {
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.kind = kind.name();
    this.subject = subject;
    this.fromUser = fromUser;
    this.toUser = toUser;
  }

  Instant getHappenedAt() {
    return happenedAt;
  }

  String getActor() {
    return actor;
  }

  String getKind() {
    return kind;
  }

  String getSubject() {
    return subject;
  }

  String getFromUser() {
    return fromUser;
  }

  String getToUser() {
    return toUser;
  }
}
