package org.reviewactions.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a statement's history: who did what, when. Never updated, never deleted. */
@Entity
@Table(name = "agency_statement_step")
class StatementStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "statement_id", nullable = false)
  private Long statementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatementStepKind step;

  @Column(length = 100)
  private String actor;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(length = AgencyStatement.MAX_TEXT)
  private String note;

  protected StatementStep() {}

  StatementStep(Long statementId, StatementStepKind step, String actor, Instant happenedAt, String note) {
    this.statementId = statementId;
    this.step = step;
    this.actor = actor;
    this.happenedAt = happenedAt;
    this.note = note;
  }

  Long getStatementId() { return statementId; }
  StatementStepKind getStep() { return step; }
  String getActor() { return actor; }
  Instant getHappenedAt() { return happenedAt; }
  String getNote() { return note; }
}
