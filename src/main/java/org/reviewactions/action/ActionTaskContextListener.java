package org.reviewactions.action;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

  /** What every task of the action shows about it (and the task list's Review, Due and Status columns). */
  static final Set<String> ALWAYS = Set.of(TaskContext.REVIEW, TaskContext.RECOMMENDATION_NUMBER,
      TaskContext.RECOMMENDATION_TEXT, TaskContext.INTENDED_OUTCOME, TaskContext.ACTION_DESCRIPTION, TaskContext.AGENCY,
      TaskContext.RESPONSIBLE, TaskContext.OWNER, TaskContext.TIMESCALE, TaskContext.START_DATE, TaskContext.DUE_DATE,
      TaskContext.REVIEW_CADENCE, TaskContext.STATUS, TaskContext.HISTORY);

  /**
   * The further copies each task's form shows; a copy no form shows is not written (each costs a row for every
   * open task). A task not named here gets them all. {@code ActionTaskContextTest} holds this against the forms.
   */
  static final Map<String, Set<String>> SHOWN_ALSO = Map.of(
      ActionProcess.Element.DELIVER_ACTION, Set.of(TaskContext.LAST_REJECTION, TaskContext.EVIDENCE_URL, TaskContext.EVIDENCE_FILES),
      ActionProcess.Element.VERIFY_EVIDENCE, Set.of(TaskContext.EVIDENCE, TaskContext.EVIDENCE_LINKS),
      ActionProcess.Element.DECIDE_EXTENSION, Set.of(TaskContext.EXTENSION_REQUEST, TaskContext.LAST_REJECTION),
      ActionProcess.Element.DECIDE_LAPSED_ACTION, Set.of(TaskContext.DAYS_OVERDUE, TaskContext.DECISION_DEADLINE,
          TaskContext.LAST_REJECTION),
      ActionProcess.Element.BOARD_CHALLENGE, Set.of(TaskContext.DAYS_OVERDUE, TaskContext.ESCALATION_REASON,
          TaskContext.LAST_REJECTION),
      ActionProcess.Element.CONFIRM_DATES, Set.of(TaskContext.TIMESCALE_NOTE),
      ActionProcess.Element.NOMINATE_OWNER, Set.of(TaskContext.NOMINEE_CHOICES));

  @Override
  public void notify(DelegateTask task) {
    Long actionId = actions.idOfProcess(task.getProcessInstanceId());
    Action action = actions.get(actionId);
    Recommendation recommendation = actions.recommendationOf(action);
    Copies copies = new Copies(task, SHOWN_ALSO.get(task.getTaskDefinitionKey()));
    copies.put(TaskContext.REVIEW, () -> TaskContext.fit(recommendation.getReview().getTitle() + " (" + recommendation.getReview().getBoard() + ")"));
    copies.put(TaskContext.RECOMMENDATION_NUMBER, recommendation::getNumber);
    copies.put(TaskContext.RECOMMENDATION_TEXT, () -> TaskContext.fit(recommendation.getText()));
    copies.put(TaskContext.INTENDED_OUTCOME, () -> TaskContext.fit(orNone(recommendation.getIntendedOutcome())));
    copies.put(TaskContext.ACTION_DESCRIPTION, () -> TaskContext.fit(action.getDescription()));
    copies.put(TaskContext.AGENCY, action::getAgency);
    copies.put(TaskContext.RESPONSIBLE, action::getResponsible);
    copies.put(TaskContext.OWNER, () -> action.getOwnerUserId() == null ? "Not yet assigned" : roles.displayName(action.getOwnerUserId()));
    copies.put(TaskContext.TIMESCALE, () -> orNone(action.getTimescale()));
    copies.put(TaskContext.START_DATE, () -> ActionService.formatDate(action.getStartDate()));
    copies.put(TaskContext.DUE_DATE, () -> ActionService.formatDate(action.getDueDate()));
    copies.put(TaskContext.REVIEW_CADENCE, () -> cadence(action.getReviewCadence()));
    copies.put(TaskContext.TIMESCALE_NOTE, () -> orNone(action.getTimescaleNote()));
    Rag rag = actions.rag(action);
    task.setPriority(rag.taskPriority());
    copies.put(TaskContext.STATUS, () -> statusLine(action, rag));
    copies.put(TaskContext.HISTORY, () -> actions.historyText(actionId));
    copies.put(TaskContext.EVIDENCE, () -> TaskContext.fit(evidence.describeLatest(actionId)));
    copies.put(TaskContext.EVIDENCE_LINKS, () -> evidence.latestLinks(actionId, links.page("")));
    // On this site, so the link works whatever address Tasklist was opened on; the page checks the task id itself.
    copies.put(TaskContext.EVIDENCE_URL, () -> "/actions/" + actionId + "/evidence-files?task=" + task.getId());
    copies.put(TaskContext.EVIDENCE_FILES, () -> evidence.waitingFilesMarkdown(actionId));
    copies.put(TaskContext.LAST_REJECTION, () -> TaskContext.fit(evidence.lastRejection(actionId).orElse("None")));
    copies.put(TaskContext.DAYS_OVERDUE, () -> {
      long overdue = action.getDueDate() == null ? 0
          : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(action.getDueDate(), java.time.LocalDate.now(clock)));
      return overdue == 0 ? "Not overdue" : overdue + " days";
    });
    copies.put(TaskContext.DECISION_DEADLINE, () -> task.getVariable(ActionProcess.Var.CHAIR_DEADLINE) instanceof java.util.Date d
        ? MailDates.longDate(java.time.LocalDate.ofInstant(d.toInstant(), clock.getZone())) : "None");
    copies.put(TaskContext.ESCALATION_REASON, () -> {
      Object reason = task.getVariable(ActionProcess.Var.ESCALATION_REASON);
      return reason == null ? "None" : TaskContext.fit(reason.toString());
    });
    copies.put(TaskContext.EXTENSION_REQUEST, () -> action.getExtensionRequestedDate() == null ? "None"
        : TaskContext.fit("Until " + ActionService.formatDate(action.getExtensionRequestedDate()) + ": " + action.getExtensionReason()));
    task.setName(TaskContext.fitName(task.getName() + ": " + recommendation.getReview().getTitle() + " "
        + recommendation.getNumber() + " · " + shorten(action.getDescription())));
    task.setDescription(TaskContext.fit(action.getDescription()));
    // A JSON variable (kept as a byte array, not the 4,000-character text column), so a large agency fits.
    copies.put(TaskContext.NOMINEE_CHOICES, () -> NomineeChoices.of(roles.peopleOf(action.getAgency())));
  }

  /** Writes the copies the task's form shows, working out only those. */
  private record Copies(DelegateTask task, Set<String> also) {

    void put(String name, Supplier<Object> value) {
      boolean shown = ALWAYS.contains(name)
          || (also == null ? !TaskContext.NOMINEE_CHOICES.equals(name) : also.contains(name));
      if (shown) {
        task.setVariableLocal(name, value.get());
      }
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
