package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.review.Recommendation;
import org.springframework.stereotype.Component;

/**
 * What each task of the action process shows about its action ({@link TaskContext}), worked out from the plan
 * tables. Most of it is worked out when a form reads it ({@link DisplayFormHandler}); only what the engine itself
 * must find among the task's variables is stored on the task when it is created ({@link #STORED}).
 */
@Component
class ActionTaskDisplay {

  /** What every task of the action shows about it (and the task list's Review, Due and Status columns). */
  static final Set<String> ALWAYS = Set.of(TaskContext.REVIEW, TaskContext.RECOMMENDATION_NUMBER,
      TaskContext.RECOMMENDATION_TEXT, TaskContext.INTENDED_OUTCOME, TaskContext.ACTION_DESCRIPTION, TaskContext.AGENCY,
      TaskContext.RESPONSIBLE, TaskContext.OWNER, TaskContext.TIMESCALE, TaskContext.START_DATE, TaskContext.DUE_DATE,
      TaskContext.REVIEW_CADENCE, TaskContext.STATUS, TaskContext.HISTORY);

  /**
   * What each task's form shows besides {@link #ALWAYS}. {@code ActionTaskContextTest} holds this against the forms.
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

  /**
   * The values kept as task variables: Tasklist's list columns (the filters' Review, Due and Status) read the
   * engine's variables, not a form, and the task form guard accepts a nominee only from the choices the task
   * offered when it was created. Everything else a form shows is worked out when read.
   */
  static final Set<String> STORED = Set.of(TaskContext.REVIEW, TaskContext.DUE_DATE, TaskContext.STATUS,
      TaskContext.NOMINEE_CHOICES);

  /** The process variables some forms show, read from the task's scope when its form is read. */
  static final Map<String, String> FROM_PROCESS = Map.of(TaskContext.DECISION_DEADLINE, ActionProcess.Var.CHAIR_DEADLINE,
      TaskContext.ESCALATION_REASON, ActionProcess.Var.ESCALATION_REASON);

  private final ActionService actions;
  private final EvidenceSummaries evidence;
  private final RoleDirectory roles;
  private final TasklistLinks links;
  private final Clock clock;

  ActionTaskDisplay(ActionService actions, EvidenceSummaries evidence, RoleDirectory roles, TasklistLinks links, Clock clock) {
    this.actions = actions;
    this.evidence = evidence;
    this.roles = roles;
    this.links = links;
    this.clock = clock;
  }

  /** The names a task's form shows; a task not named in {@link #SHOWN_ALSO} shows all but the nominee choices. */
  static Set<String> shownBy(String taskKey) {
    Set<String> also = SHOWN_ALSO.get(taskKey);
    if (also != null) {
      Set<String> shown = new HashSet<>(ALWAYS);
      shown.addAll(also);
      return shown;
    }
    Set<String> all = new HashSet<>(ALWAYS);
    SHOWN_ALSO.values().forEach(all::addAll);
    all.remove(TaskContext.NOMINEE_CHOICES);
    return all;
  }

  /**
   * One task's view of its own action: the action is found from the task's own process instance only, so a value
   * can never be another action's. {@code variable} reads the task's scope (its process variables).
   */
  View of(String taskId, String processInstanceId, Function<String, Object> variable) {
    return new View(taskId, processInstanceId, variable);
  }

  /** One task's values, the action and its recommendation loaded once, on the first value asked for. */
  final class View {

    private final String taskId;
    private final String processInstanceId;
    private final Function<String, Object> variable;
    private Long actionId;
    private Action action;
    private Recommendation recommendation;

    private View(String taskId, String processInstanceId, Function<String, Object> variable) {
      this.taskId = taskId;
      this.processInstanceId = processInstanceId;
      this.variable = variable;
    }

    Action action() {
      if (action == null) {
        actionId = actions.idOfProcess(processInstanceId);
        action = actions.get(actionId);
      }
      return action;
    }

    Recommendation recommendation() {
      if (recommendation == null) {
        recommendation = actions.recommendationOf(action());
      }
      return recommendation;
    }

    Rag rag() {
      return actions.rag(action());
    }

    /** The value a form shows under the name, as the create listener wrote it before values were worked out on read. */
    Object value(String name) {
      Action a = action();
      return switch (name) {
        case TaskContext.REVIEW -> TaskContext.fit(recommendation().getReview().getTitle() + " ("
            + recommendation().getReview().getBoard() + ")");
        case TaskContext.RECOMMENDATION_NUMBER -> recommendation().getNumber();
        case TaskContext.RECOMMENDATION_TEXT -> TaskContext.fit(recommendation().getText());
        case TaskContext.INTENDED_OUTCOME -> TaskContext.fit(orNone(recommendation().getIntendedOutcome()));
        case TaskContext.ACTION_DESCRIPTION -> TaskContext.fit(a.getDescription());
        case TaskContext.AGENCY -> a.getAgency();
        case TaskContext.RESPONSIBLE -> a.getResponsible();
        case TaskContext.OWNER -> a.getOwnerUserId() == null ? "Not yet assigned" : roles.displayName(a.getOwnerUserId());
        case TaskContext.TIMESCALE -> orNone(a.getTimescale());
        case TaskContext.START_DATE -> ActionService.formatDate(a.getStartDate());
        case TaskContext.DUE_DATE -> ActionService.formatDate(a.getDueDate());
        case TaskContext.REVIEW_CADENCE -> cadence(a.getReviewCadence());
        case TaskContext.TIMESCALE_NOTE -> orNone(a.getTimescaleNote());
        case TaskContext.STATUS -> statusLine(a, rag());
        case TaskContext.HISTORY -> actions.historyText(actionId);
        // Evidence is recorded only as Deliver action completes, so while Verify evidence is open the latest
        // evidence is the one this verification was created for.
        case TaskContext.EVIDENCE -> TaskContext.fit(evidence.describeLatest(actionId));
        case TaskContext.EVIDENCE_LINKS -> evidence.latestLinks(actionId, links.page(""));
        // On this site, so the link works whatever address Tasklist was opened on; the page checks the task id itself.
        case TaskContext.EVIDENCE_URL -> "/actions/" + actionId + "/evidence-files?task=" + taskId;
        case TaskContext.EVIDENCE_FILES -> evidence.waitingFilesMarkdown(actionId);
        case TaskContext.LAST_REJECTION -> TaskContext.fit(evidence.lastRejection(actionId).orElse("None"));
        case TaskContext.DAYS_OVERDUE -> daysOverdue(a);
        case TaskContext.DECISION_DEADLINE -> variable.apply(ActionProcess.Var.CHAIR_DEADLINE) instanceof java.util.Date d
            ? MailDates.longDate(LocalDate.ofInstant(d.toInstant(), clock.getZone())) : "None";
        case TaskContext.ESCALATION_REASON -> {
          Object reason = variable.apply(ActionProcess.Var.ESCALATION_REASON);
          yield reason == null ? "None" : TaskContext.fit(reason.toString());
        }
        case TaskContext.EXTENSION_REQUEST -> a.getExtensionRequestedDate() == null ? "None"
            : TaskContext.fit("Until " + ActionService.formatDate(a.getExtensionRequestedDate()) + ": " + a.getExtensionReason());
        // A JSON variable (kept as a byte array, not the 4,000-character text column), so a large agency fits.
        case TaskContext.NOMINEE_CHOICES -> NomineeChoices.of(roles.peopleOf(a.getAgency()));
        default -> throw new IllegalArgumentException("No display value " + name);
      };
    }

    private String daysOverdue(Action a) {
      long overdue = a.getDueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(a.getDueDate(), LocalDate.now(clock)));
      return overdue == 0 ? "Not overdue" : overdue + " days";
    }
  }

  /** The task's status column: the action's status and RAG, and what the imported plan said. */
  static String statusLine(Action action, Rag rag) {
    return action.getStatus().label() + " · " + rag.label()
        + (action.getImportedStatus() == null ? "" : " (the plan said: " + action.getImportedStatus() + ")");
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
