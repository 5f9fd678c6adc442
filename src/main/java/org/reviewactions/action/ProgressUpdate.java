package org.reviewactions.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** "Progress as at" an date, in the owner's words. */
@Entity
public class ProgressUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false)
  private Long actionId;

  @Column(name = "as_at", nullable = false)
  private LocalDate asAt;

  @Column(nullable = false, length = 20000)
  private String text;

  @Column(nullable = false, length = 100)
  private String author;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ProgressUpdate() {}

  public ProgressUpdate(Long actionId, LocalDate asAt, String text, String author, Instant recordedAt) {
    this.actionId = actionId;
    this.asAt = asAt;
    this.text = text;
    this.author = author;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getActionId() { return actionId; }
  public LocalDate getAsAt() { return asAt; }
  public String getText() { return text; }
  public String getAuthor() { return author; }
  public Instant getRecordedAt() { return recordedAt; }
}
