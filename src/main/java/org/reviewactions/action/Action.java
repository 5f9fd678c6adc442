package org.reviewactions.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What one agency will do for a recommendation, with the dates derived from its timescale. */
@Entity
@Table(name = "plan_action")
public class Action {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The recommendation's id (module review): modules refer to each other's records by id. */
  @Column(name = "recommendation_id", nullable = false)
  private Long recommendationId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 20000)
  private String description;

  @Column(nullable = false, length = 300)
  private String agency;

  /** The responsible cell as the board wrote it. */
  @Column(nullable = false, length = 300)
  private String responsible;

  /** The responsible role's id (module identity). */
  @Column(name = "responsible_role_id")
  private Long responsibleRoleId;

  @Column(length = 2000)
  private String timescale;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  /** ISO-8601 period such as P3M, or null. */
  @Column(name = "review_cadence", length = 30)
  private String reviewCadence;

  @Column(name = "needs_confirmation", nullable = false)
  private boolean needsConfirmation;

  @Column(name = "timescale_note", length = 1000)
  private String timescaleNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionStatus status = ActionStatus.NOT_STARTED;

  @Column(name = "owner_user_id", length = 100)
  private String ownerUserId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "imported_status", length = 300)
  private String importedStatus;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "closed_reason", length = 20000)
  private String closedReason;

  @Column(name = "extension_requested_date")
  private LocalDate extensionRequestedDate;

  @Column(name = "extension_reason", length = 20000)
  private String extensionReason;

  @Version
  @Column(nullable = false)
  private int version;

  protected Action() {}

  public Action(Long recommendationId, int position, String description, String agency, String responsible) {
    this.recommendationId = recommendationId;
    this.position = position;
    this.description = description;
    this.agency = agency;
    this.responsible = responsible;
  }

  public void schedule(String timescale, LocalDate startDate, LocalDate dueDate, String reviewCadence,
      boolean needsConfirmation, String timescaleNote) {
    this.timescale = timescale;
    this.startDate = startDate;
    this.dueDate = dueDate;
    this.reviewCadence = reviewCadence;
    this.needsConfirmation = needsConfirmation;
    this.timescaleNote = timescaleNote;
  }

  public Long getId() { return id; }
  public Long getRecommendationId() { return recommendationId; }
  public int getPosition() { return position; }
  public String getDescription() { return description; }
  public String getAgency() { return agency; }
  public String getResponsible() { return responsible; }
  public Long getResponsibleRoleId() { return responsibleRoleId; }
  public void setResponsibleRoleId(Long responsibleRoleId) { this.responsibleRoleId = responsibleRoleId; }
  public String getTimescale() { return timescale; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getDueDate() { return dueDate; }
  public String getReviewCadence() { return reviewCadence; }
  public boolean isNeedsConfirmation() { return needsConfirmation; }
  public void setNeedsConfirmation(boolean needsConfirmation) { this.needsConfirmation = needsConfirmation; }
  public String getTimescaleNote() { return timescaleNote; }
  public ActionStatus getStatus() { return status; }
  public void setStatus(ActionStatus status) { this.status = status; }
  public String getOwnerUserId() { return ownerUserId; }
  public void setOwnerUserId(String ownerUserId) { this.ownerUserId = ownerUserId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getImportedStatus() { return importedStatus; }
  public void setImportedStatus(String importedStatus) { this.importedStatus = importedStatus; }
  public Instant getCompletedAt() { return completedAt; }
  public Instant getLapsedAt() { return lapsedAt; }
  public void setLapsedAt(Instant lapsedAt) { this.lapsedAt = lapsedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public void setEscalatedAt(Instant escalatedAt) { this.escalatedAt = escalatedAt; }
  public String getClosedReason() { return closedReason; }
  public void setClosedReason(String closedReason) { this.closedReason = closedReason; }
  public LocalDate getExtensionRequestedDate() { return extensionRequestedDate; }
  public String getExtensionReason() { return extensionReason; }
  public void requestExtension(LocalDate date, String reason) {
    this.extensionRequestedDate = date;
    this.extensionReason = reason;
  }
  /** A new due date replaces the old one (which stays in the history); the lapse and escalation end. */
  public void revise(LocalDate newDueDate) {
    this.dueDate = newDueDate;
    this.lapsedAt = null;
    this.escalatedAt = null;
    this.extensionRequestedDate = null;
    this.extensionReason = null;
  }
  public void setCompletedAt(Instant completedAt) { this.completedAt = completedAt; }
  /** A plan manager's correction of the plan's dates: like a revision, it ends the lapse and escalation. */
  public void correctDates(LocalDate newStartDate, LocalDate newDueDate) {
    revise(newDueDate);
    this.startDate = newStartDate;
  }
  /** A plan manager's correction of the action's text. */
  public void setDescription(String description) { this.description = description; }
  /** A plan manager moved the action to another responsible role and/or agency. */
  public void changeResponsible(String responsible, String agency, Long responsibleRoleId) {
    this.responsible = responsible;
    this.agency = agency;
    this.responsibleRoleId = responsibleRoleId;
  }
}
