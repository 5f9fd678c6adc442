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
import java.time.LocalDate;

/** One agency's progress statement for one request on a review: its text, where it stands, and who did what when. */
@Entity
@Table(name = "agency_statement")
class AgencyStatement {

  /** The longest statement kept; a Tasklist form field holds less (see docs/security.md). */
  static final int MAX_TEXT = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Column(nullable = false, length = 300)
  private String agency;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatementStatus status = StatementStatus.REQUESTED;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(length = MAX_TEXT)
  private String text;

  @Column(name = "return_comment", length = 4000)
  private String returnComment;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "written_by", length = 100)
  private String writtenBy;

  @Column(name = "written_at")
  private Instant writtenAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected AgencyStatement() {}

  AgencyStatement(Long reviewId, String agency, String requestId, LocalDate deadline, String requestedBy, Instant requestedAt) {
    this.reviewId = reviewId;
    this.agency = agency;
    this.requestId = requestId;
    this.deadline = deadline;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void written(String text, String by, Instant at) {
    this.text = text;
    this.status = StatementStatus.WRITTEN;
    this.writtenBy = by;
    this.writtenAt = at;
  }

  void returned(String comment, String by, Instant at) {
    this.status = StatementStatus.RETURNED;
    this.returnComment = comment;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void approved(String by, Instant at) {
    this.status = StatementStatus.APPROVED;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long getId() { return id; }
  Long getReviewId() { return reviewId; }
  String getAgency() { return agency; }
  String getRequestId() { return requestId; }
  StatementStatus getStatus() { return status; }
  LocalDate getDeadline() { return deadline; }
  String getText() { return text; }
  String getReturnComment() { return returnComment; }
  String getProcessInstanceId() { return processInstanceId; }
  void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  String getRequestedBy() { return requestedBy; }
  Instant getRequestedAt() { return requestedAt; }
  String getWrittenBy() { return writtenBy; }
  Instant getWrittenAt() { return writtenAt; }
  String getDecidedBy() { return decidedBy; }
  Instant getDecidedAt() { return decidedAt; }
}
