package org.reviewactions.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A review's recommendation, numbered as in the report ("3.3.9 ii", "Rec 2"). */
@Entity
public class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // Read with the recommendation (one row, by key; every use of a recommendation names its review): Hibernate makes
  // no proxies (shared/NoRuntimeProxies).
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "review_id")
  private Review review;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String number;

  @Column(nullable = false, length = 20000)
  private String text;

  @Column(name = "intended_outcome", length = 20000)
  private String intendedOutcome;

  @Column(length = 500)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RecommendationStatus status = RecommendationStatus.IN_PROGRESS;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "confirmed_by", length = 100)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "confirmation_note", length = 20000)
  private String confirmationNote;

  protected Recommendation() {}

  public Recommendation(Review review, int position, String number, String text, String intendedOutcome, String source) {
    this.review = review;
    this.position = position;
    this.number = number;
    this.text = text;
    this.intendedOutcome = intendedOutcome;
    this.source = source;
  }

  /** The business key of the recommendation's process: review reference and number. */
  public String businessKey() {
    return review.getReference() + "/" + number;
  }

  public void confirmImplemented(String userId, Instant at, String note) {
    this.status = RecommendationStatus.IMPLEMENTED;
    this.confirmationNote = note;
    this.confirmedBy = userId;
    this.confirmedAt = at;
  }

  public Long getId() { return id; }
  public Review getReview() { return review; }
  public int getPosition() { return position; }
  public String getNumber() { return number; }
  public String getText() { return text; }
  public String getIntendedOutcome() { return intendedOutcome; }
  public String getSource() { return source; }
  public RecommendationStatus getStatus() { return status; }
  public void setStatus(RecommendationStatus status) { this.status = status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
  public String getConfirmationNote() { return confirmationNote; }
}
