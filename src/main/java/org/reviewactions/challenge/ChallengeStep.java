package org.reviewactions.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a challenge's history: who did what, when, and what they wrote. Never updated, never deleted. */
@Entity
@Table(name = "agency_challenge_step")
class ChallengeStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "challenge_id", nullable = false)
  private Long challengeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ChallengeStepKind step;

  @Column(length = 100)
  private String actor;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(length = AgencyChallenge.MAX_TEXT)
  private String note;

  protected ChallengeStep() {}

  ChallengeStep(Long challengeId, ChallengeStepKind step, String actor, Instant happenedAt, String note) {
    this.challengeId = challengeId;
    this.step = step;
    this.actor = actor;
    this.happenedAt = happenedAt;
    this.note = note;
  }

  Long getChallengeId() { return challengeId; }
  ChallengeStepKind getStep() { return step; }
  String getActor() { return actor; }
  Instant getHappenedAt() { return happenedAt; }
  String getNote() { return note; }
}
