package org.reviewactions.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One check of a recommendation's impact: scheduled when it is confirmed implemented (or when an earlier check
 * found the learning partly embedded), assessed once. Never overwritten, so a recommendation's checks are its
 * history of them.
 */
@Entity
@Table(name = "impact_check")
public class ImpactCheck {

  /** Scheduled and not yet assessed, or assessed. */
  public enum Status { DUE, ASSESSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recommendation_id", nullable = false)
  private Long recommendationId;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImpactMethod method;

  @Column(length = 4000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.DUE;

  @Column(name = "scheduled_by", length = 100)
  private String scheduledBy;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(length = 4000)
  private String findings;

  @Column(name = "evidence_summary", length = 4000)
  private String evidenceSummary;

  @Column(name = "evidence_references", length = 4000)
  private String evidenceReferences;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ImpactJudgement judgement;

  @Column(name = "assessed_by", length = 100)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  protected ImpactCheck() {}

  ImpactCheck(Long recommendationId, LocalDate dueDate, ImpactMethod method, String note, String scheduledBy,
      Instant scheduledAt) {
    this.recommendationId = recommendationId;
    this.dueDate = dueDate;
    this.method = method;
    this.note = note;
    this.scheduledBy = scheduledBy;
    this.scheduledAt = scheduledAt;
  }

  void assess(String findings, String evidenceSummary, String evidenceReferences, ImpactJudgement judgement,
      String assessedBy, Instant assessedAt) {
    this.status = Status.ASSESSED;
    this.findings = findings;
    this.evidenceSummary = evidenceSummary;
    this.evidenceReferences = evidenceReferences;
    this.judgement = judgement;
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public Long getId() { return id; }
  public Long getRecommendationId() { return recommendationId; }
  public LocalDate getDueDate() { return dueDate; }
  public ImpactMethod getMethod() { return method; }
  public String getNote() { return note; }
  public Status getStatus() { return status; }
  public String getScheduledBy() { return scheduledBy; }
  public Instant getScheduledAt() { return scheduledAt; }
  public String getFindings() { return findings; }
  public String getEvidenceSummary() { return evidenceSummary; }
  public String getEvidenceReferences() { return evidenceReferences; }
  public ImpactJudgement getJudgement() { return judgement; }
  public String getAssessedBy() { return assessedBy; }
  public Instant getAssessedAt() { return assessedAt; }
}
