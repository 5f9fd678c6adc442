package org.reviewactions.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The status and due date an action took at a moment; appended whenever either changes, never updated,
 * so reports "as at" a past date can tell what the action looked like then. The status is kept as the
 * name the enum had, so a row outlives a renamed or added status.
 */
@Entity
@Table(name = "action_state_change")
public class ActionStateChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false)
  private Long actionId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 30)
  private String status;

  @Column(name = "due_date")
  private LocalDate dueDate;

  protected ActionStateChange() {}

  ActionStateChange(Long actionId, Instant changedAt, String status, LocalDate dueDate) {
    this.actionId = actionId;
    this.changedAt = changedAt;
    this.status = status;
    this.dueDate = dueDate;
  }

  public Long getId() { return id; }
  public Long getActionId() { return actionId; }
  public Instant getChangedAt() { return changedAt; }
  public String getStatus() { return status; }
  public LocalDate getDueDate() { return dueDate; }
}
