package org.reviewactions.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A concern a chair raised about one agency's progress on some of its actions in a review. */
@Entity
@Table(name = "agency_challenge")
class AgencyChallenge {

  /** The longest concern, response, reason or outcome kept, as long as a Tasklist text field holds. */
  static final int MAX_TEXT = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Column(nullable = false, length = 300)
  private String agency;

  @Column(nullable = false, length = MAX_TEXT)
  private String concern;

  @Column(name = "response_due", nullable = false)
  private LocalDate responseDue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ChallengeStatus status = ChallengeStatus.RAISED;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "raised_by", nullable = false, length = 100)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agency_challenge_action", joinColumns = @JoinColumn(name = "challenge_id"))
  @Column(name = "action_id")
  private Set<Long> actionIds = new LinkedHashSet<>();

  protected AgencyChallenge() {}

  AgencyChallenge(Long reviewId, String agency, String concern, LocalDate responseDue, Set<Long> actionIds,
      String raisedBy, Instant raisedAt) {
    this.reviewId = reviewId;
    this.agency = agency;
    this.concern = concern;
    this.responseDue = responseDue;
    this.actionIds = new LinkedHashSet<>(actionIds);
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
  }

  Long getId() { return id; }
  Long getReviewId() { return reviewId; }
  String getAgency() { return agency; }
  String getConcern() { return concern; }
  LocalDate getResponseDue() { return responseDue; }
  ChallengeStatus getStatus() { return status; }
  void setStatus(ChallengeStatus status) { this.status = status; }
  String getProcessInstanceId() { return processInstanceId; }
  void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  String getRaisedBy() { return raisedBy; }
  Instant getRaisedAt() { return raisedAt; }
  Set<Long> getActionIds() { return actionIds; }
}
