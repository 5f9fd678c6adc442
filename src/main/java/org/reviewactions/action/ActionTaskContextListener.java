package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.review.Recommendation;
import org.springframework.stereotype.Component;

/**
 * Gives every task of the action process the context its form shows (see {@link TaskContext}) and a
 * name that says which action it is, so the task list reads as a list of real work.
 */
@Component("actionTaskContextListener")
class ActionTaskContextListener implements TaskListener {

  private static final int NAME_TEXT_LIMIT = 60;

  private final ActionService actions;
  private final EvidenceSummaries evidence;
  private final RoleDirectory roles;
  private final TasklistLinks links;
  private final java.time.Clock clock;

  ActionTaskContextListener(ActionService actions, EvidenceSummaries evidence, RoleDirectory roles, TasklistLinks links,
      java.time.Clock clock) {
    this.actions = actions;
    this.evidence = evidence;
    this.roles = roles;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long actionId = actions.idOfProcess(task.getProcessInstanceId());
    Action action = actions.get(actionId);
    Recommendation recommendation = actions.recommendationOf(action);
    task.setVariableLocal(TaskContext.REVIEW, TaskContext.fit(recommendation.getReview().getTitle() + " (" + recommendation.getReview().getBoard() + ")"));
    task.setVariableLocal(TaskContext.RECOMMENDATION_NUMBER, recommendation.getNumber());
    task.setVariableLocal(TaskContext.RECOMMENDATION_TEXT, TaskContext.fit(recommendation.getText()));
    task.setVariableLocal(TaskContext.INTENDED_OUTCOME, TaskContext.fit(orNone(recommendation.getIntendedOutcome())));
    task.setVariableLocal(TaskContext.ACTION_DESCRIPTION, TaskContext.fit(action.getDescription()));
    task.setVariableLocal(TaskContext.AGENCY, action.getAgency());
    task.setVariableLocal(TaskContext.RESPONSIBLE, action.getResponsible());
    task.setVariableLocal(TaskContext.OWNER, action.getOwnerUserId() == null ? "Not yet assigned" : roles.displayName(action.getOwnerUserId()));
    task.setVariableLocal(TaskContext.TIMESCALE, orNone(action.getTimescale()));
    task.setVariableLocal(TaskContext.START_DATE, ActionService.formatDate(action.getStartDate()));
    task.setVariableLocal(TaskContext.DUE_DATE, ActionService.formatDate(action.getDueDate()));
    task.setVariableLocal(TaskContext.REVIEW_CADENCE, cadence(action.getReviewCadence()));
    task.setVariableLocal(TaskContext.TIMESCALE_NOTE, orNone(action.getTimescaleNote()));
    Rag rag = actions.rag(action);
    task.setPriority(rag.taskPriority());
    task.setVariableLocal(TaskContext.STATUS, statusLine(action, rag));
    task.setVariableLocal(TaskContext.HISTORY, actions.historyText(actionId));
    task.setVariableLocal(TaskContext.EVIDENCE, TaskContext.fit(evidence.describeLatest(actionId)));
    task.setVariableLocal(TaskContext.EVIDENCE_LINKS, evidence.latestLinks(actionId, links.page("")));
    // On this site, so the link works whatever address Tasklist was opened on; the page checks the task id itself.
    task.setVariableLocal(TaskContext.EVIDENCE_URL, "/actions/" + actionId + "/evidence-files?task=" + task.getId());
    task.setVariableLocal(TaskContext.EVIDENCE_FILES, evidence.waitingFilesMarkdown(actionId));
    task.setVariableLocal(TaskContext.LAST_REJECTION, TaskContext.fit(evidence.lastRejection(actionId).orElse("None")));
    long overdue = action.getDueDate() == null ? 0
        : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(action.getDueDate(), java.time.LocalDate.now(clock)));
    task.setVariableLocal(TaskContext.DAYS_OVERDUE, overdue == 0 ? "Not overdue" : overdue + " days");
    Object deadline = task.getVariable(ActionProcess.Var.CHAIR_DEADLINE);
    task.setVariableLocal(TaskContext.DECISION_DEADLINE, deadline instanceof java.util.Date d
        ? MailDates.longDate(java.time.LocalDate.ofInstant(d.toInstant(), clock.getZone())) : "None");
    Object reason = task.getVariable(ActionProcess.Var.ESCALATION_REASON);
    task.setVariableLocal(TaskContext.ESCALATION_REASON, reason == null ? "None" : TaskContext.fit(reason.toString()));
    task.setVariableLocal(TaskContext.EXTENSION_REQUEST, action.getExtensionRequestedDate() == null ? "None"
        : TaskContext.fit("Until " + ActionService.formatDate(action.getExtensionRequestedDate()) + ": " + action.getExtensionReason()));
    task.setName(TaskContext.fitName(task.getName() + ": " + recommendation.getReview().getTitle() + " "
        + recommendation.getNumber() + " · " + shorten(action.getDescription())));
    task.setDescription(TaskContext.fit(action.getDescription()));
    if (ActionProcess.Element.NOMINATE_OWNER.equals(task.getTaskDefinitionKey())) {
      // A JSON variable (kept as a byte array, not the 4,000-character text column), so a large agency fits.
      task.setVariableLocal(TaskContext.NOMINEE_CHOICES, NomineeChoices.of(roles.peopleOf(action.getAgency())));
    }
  }

  /** The task's status column: the action's status and RAG, and what the imported plan said. */
  static String statusLine(Action action, Rag rag) {
    return action.getStatus().label() + " · " + rag.label()
        + (action.getImportedStatus() == null ? "" : " (the plan said: " + action.getImportedStatus() + ")");
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= NAME_TEXT_LIMIT ? oneLine : oneLine.substring(0, NAME_TEXT_LIMIT - 1) + "…";
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "None given" : value;
  }

  private static String cadence(String period) {
    if (period == null) {
      return "No regular review";
    }
    return switch (period) {
      case "P7D", "P1W" -> "Weekly";
      case "P1M" -> "Monthly";
      case "P3M" -> "Quarterly";
      case "P6M" -> "Every six months";
      case "P1Y" -> "Annually";
      default -> "Every " + period;
    };
  }
}
