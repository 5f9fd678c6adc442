package org.reviewactions.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an action's history, as shown on every task form. Never updated, never deleted. */
@Entity
@Table(name = "action_history")
public class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false)
  private Long actionId;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(length = 100)
  private String actor;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 20000)
  private String text;

  protected HistoryEntry() {}

  public HistoryEntry(Long actionId, Instant happenedAt, String actor, String kind, String text) {
    this.actionId = actionId;
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.kind = kind;
    this.text = text;
  }

  public Long getId() { return id; }
  public Long getActionId() { return actionId; }
  public Instant getHappenedAt() { return happenedAt; }
  public String getActor() { return actor; }
  public String getKind() { return kind; }
  public String getText() { return text; }
}
