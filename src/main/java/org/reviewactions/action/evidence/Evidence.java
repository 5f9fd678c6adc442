package org.reviewactions.action.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What an owner offers to show an action is done, and what the verifier made of it. */
@Entity
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false)
  private Long actionId;

  @Column(nullable = false, length = 20000)
  private String summary;

  /** One reference per line: a document title, a URL, a minute reference. */
  @Column(name = "references_text", length = 20000)
  private String referencesText;

  @Column(name = "submitted_by", nullable = false, length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private EvidenceDecision decision;

  @Column(length = 20000)
  private String reason;

  @Column(name = "verified_by", length = 100)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  protected Evidence() {}

  public Evidence(Long actionId, String summary, String referencesText, String submittedBy, Instant submittedAt) {
    this.actionId = actionId;
    this.summary = summary;
    this.referencesText = referencesText;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public void decide(EvidenceDecision decision, String reason, String verifiedBy, Instant verifiedAt) {
    this.decision = decision;
    this.reason = reason;
    this.verifiedBy = verifiedBy;
    this.verifiedAt = verifiedAt;
  }

  public List<String> references() {
    if (referencesText == null || referencesText.isBlank()) {
      return List.of();
    }
    return Arrays.stream(referencesText.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public Long getId() { return id; }
  public Long getActionId() { return actionId; }
  public String getSummary() { return summary; }
  public String getReferencesText() { return referencesText; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public EvidenceDecision getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getVerifiedBy() { return verifiedBy; }
  public Instant getVerifiedAt() { return verifiedAt; }
}
