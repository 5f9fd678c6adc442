package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Recommendations;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan manager's changes to a live plan after import: corrected dates, a withdrawn action, edited text.
 * Each needs a reason and is recorded on the action's history with who, when, from and to. Each runs in
 * one transaction with the engine call it makes, so a refusal or a failing engine leaves nothing behind.
 * The callers have checked that the user is a plan manager; the engine is called as the system because
 * the plan manager has no grants on the action's process, and only values checked here reach it.
 */
@Service
class PlanChanges {

  /** As the import's limits (plan.FieldLengths): plan_action.responsible and an agency's group names. */
  static final int RESPONSIBLE_MAX = 300;
  static final int AGENCY_MAX = 240;
  static final int TIMESCALE_MAX = 2_000;
  /** The most a reason may say: it is quoted in the history, whose text holds 20,000. */
  static final int REASON_MAX = 2_000;
  /** As the import's limit on an action's text (plan.FieldLengths.TEXT, the plan_action.description column). */
  static final int TEXT_MAX = 20_000;
  /** How much of each text, old and new, the history quotes, so that both and the reason fit its column. */
  private static final int QUOTED_TEXT_MAX = 8_000;

  private final ActionService actions;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RoleDirectory roles;
  private final AsSystem asSystem;
  private final Clock clock;
  private final PeopleAndRoles people;
  private final Recommendations recommendations;
  private final AddedActions addedActions;

  PlanChanges(ActionService actions, RuntimeService runtime, TaskService tasks, RoleDirectory roles, AsSystem asSystem,
      Clock clock, PeopleAndRoles people, Recommendations recommendations, AddedActions addedActions) {
    this.people = people;
    this.recommendations = recommendations;
    this.addedActions = addedActions;
    this.actions = actions;
    this.runtime = runtime;
    this.tasks = tasks;
    this.roles = roles;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /**
   * New start and due dates for the action. The running process leaves its run (and any lapse) and re-plans
   * reminders and the lapse timer from the new due date, as agreed extra time does.
   */
  @Transactional
  public Action correctDates(Long actionId, String startDate, String dueDate, String reason, String actor) {
    String why = reason(reason);
    LocalDate due = date(dueDate, "dueDate", "Due date");
    LocalDate start = date(startDate, "startDate", "Start date");
    if (due == null) {
      throw PlanChangeRefused.invalid("dueDate", "Enter the corrected due date.");
    }
    LocalDate today = LocalDate.now(clock);
    if (due.isBefore(today)) {
      throw PlanChangeRefused.invalid("dueDate", "The due date " + shown(due) + " is in the past. Enter today or a later date.");
    }
    if (start != null && due.isBefore(start)) {
      throw PlanChangeRefused.invalid("dueDate", "The due date " + shown(due) + " is before the start date " + shown(start) + ".");
    }
    Action action = open(actionId, "its dates corrected");
    if (action.getStatus() == ActionStatus.AWAITING_DATES) {
      throw PlanChangeRefused.conflict("The action's dates wait for confirmation in the task Confirm action dates: confirm them there.");
    }
    if (hasOpenTask(action, ActionProcess.Element.VERIFY_EVIDENCE)) {
      throw PlanChangeRefused.conflict("Evidence for this action awaits verification. Correct the dates once it is decided.");
    }
    if (Objects.equals(due, action.getDueDate()) && Objects.equals(start, action.getStartDate())) {
      throw PlanChangeRefused.invalid("dueDate", "These are the action's dates already.");
    }
    String was = "start " + shown(action.getStartDate()) + ", due " + shown(action.getDueDate());
    action.correctDates(start, due);
    if (action.getStatus() == ActionStatus.LAPSED || action.getStatus() == ActionStatus.ESCALATED) {
      action.setStatus(action.getOwnerUserId() == null ? ActionStatus.AWAITING_OWNER : ActionStatus.IN_PROGRESS);
    }
    record(action, actor, HistoryKind.DATES_CORRECTED, "corrected the dates: start " + shown(start) + ", due " + shown(due)
        + " (were " + was + ")", why);
    correlate(action, ActionProcess.Message.PLAN_CORRECTED);
    return action;
  }

  /** Withdraws the action: its process ends as withdrawn with every open task; it never counts as complete. */
  @Transactional
  public Action withdraw(Long actionId, String reason, String actor) {
    String why = reason(reason);
    Action action = open(actionId, "withdrawn");
    ActionStatus was = action.getStatus();
    action.setStatus(ActionStatus.WITHDRAWN);
    record(action, actor, HistoryKind.WITHDRAWN, "withdrew the action (it was " + was.label() + ")", why);
    if (action.getProcessInstanceId() != null) {
      correlate(action, ActionProcess.Message.WITHDRAWN);
    }
    return action;
  }

  /** New text for the action, also on the display copies of its open tasks. */
  @Transactional
  public Action editText(Long actionId, String description, String reason, String actor) {
    String why = reason(reason);
    if (description == null || description.isBlank()) {
      throw PlanChangeRefused.invalid("description", "Enter the action's text.");
    }
    String text = description.strip();
    if (text.length() > TEXT_MAX) {
      throw PlanChangeRefused.invalid("description", "The action's text has " + text.length() + " characters; at most "
          + TEXT_MAX + " are allowed.");
    }
    Action action = open(actionId, "its text edited");
    String old = action.getDescription();
    if (old.equals(text)) {
      throw PlanChangeRefused.invalid("description", "This is the action's text already.");
    }
    action.setDescription(text);
    record(action, actor, HistoryKind.TEXT_EDITED, "changed the action's text from \u201c" + quoted(old) + "\u201d to \u201c"
        + quoted(text) + "\u201d", why);
    if (action.getProcessInstanceId() != null) {
      asSystem.call(() -> refreshTasks(action, old));
    }
    return action;
  }

  /**
   * Moves the action to another responsible role and/or agency. The role's holder becomes the owner (the open
   * Deliver task and later reminders go to them, and they are e-mailed); a role without a holder sends the action
   * to nomination by the new agency's leads. The agency's read grants follow: the old agency no longer reads it.
   */
  @Transactional
  public Action changeResponsible(Long actionId, String responsible, String agency, String reason, String actor) {
    String why = reason(reason);
    String role = text(responsible, "responsible", "Name the responsible role.", RESPONSIBLE_MAX);
    Action action = open(actionId, "moved to another role");
    String newAgency = agency == null || agency.isBlank() ? action.getAgency() : text(agency, "agency", null, AGENCY_MAX);
    if (!newAgency.equals(action.getAgency()) && !roles.agencies().contains(newAgency)) {
      throw PlanChangeRefused.invalid("agency", "There is no agency called '" + shorten(newAgency)
          + "'. Choose one of the agencies on the People and roles page.");
    }
    if (role.equals(action.getResponsible()) && newAgency.equals(action.getAgency())) {
      throw PlanChangeRefused.invalid("responsible", "The action is already with " + role + " of " + newAgency + ".");
    }
    String holder = holderOf(roles.findOrCreate(role, newAgency));
    String process = action.getProcessInstanceId();
    boolean running = process != null && replannable(process);
    boolean nominating = hasOpenTask(action, ActionProcess.Element.NOMINATE_OWNER);
    boolean mustReplan = running && (holder == null ? action.getOwnerUserId() != null || nominating : nominating);
    if (mustReplan && action.getLapsedAt() != null) {
      throw PlanChangeRefused.conflict("The action has lapsed and its chair decides on it; a new owner cannot be found for it "
          + "now. Correct its dates first, or give the role " + role + " a holder.");
    }
    String was = action.getResponsible() + " (" + action.getAgency() + ")";
    action.changeResponsible(role, newAgency, roles.findOrCreate(role, newAgency).getId());
    record(action, actor, HistoryKind.RESPONSIBLE_CHANGED, "moved the action from " + was + " to " + role + " (" + newAgency
        + "), " + (holder == null ? "a role without a holder, so " + newAgency + "'s leads nominate its owner"
        : "whose holder " + roles.displayName(holder) + " owns it"), why);
    // The process keeps no agency: the owner's resolution reads the new one from the action's row.
    if (mustReplan) {
      // The owner is found again from the start of the run: the holder, or a nomination by the new agency's leads.
      action.setOwnerUserId(holder);
      action.setStatus(holder == null ? ActionStatus.AWAITING_OWNER : ActionStatus.IN_PROGRESS);
      correlate(action, ActionProcess.Message.PLAN_CORRECTED);
    } else if (holder != null && action.getOwnerUserId() != null && !holder.equals(action.getOwnerUserId())) {
      people.handOver(action, holder, "responsible-changed");
    } else if (holder == null && action.getOwnerUserId() != null) {
      // Not yet running (dates to confirm): the run will find the owner.
      action.setOwnerUserId(null);
    }
    return action;
  }

  /**
   * Adds an action to the recommendation and runs it inside the recommendation's running process, which is not
   * confirmed before it ends. A recommendation already implemented refuses.
   */
  @Transactional
  public Action addAction(Long recommendationId, String description, String agency, String responsible, String timescale,
      String reason, String actor) {
    String why = reason(reason);
    String text = text(description, "description", "Describe the action.", TEXT_MAX);
    String newAgency = text(agency, "agency", "Name the agency that will carry out the action.", AGENCY_MAX);
    String role = text(responsible, "responsible", "Name the role responsible for the action.", RESPONSIBLE_MAX);
    String when = timescale == null || timescale.isBlank() ? null : text(timescale, "timescale", null, TIMESCALE_MAX);
    if (!roles.agencies().contains(newAgency)) {
      throw PlanChangeRefused.invalid("agency", "There is no agency called '" + shorten(newAgency)
          + "'. Choose one of the agencies on the People and roles page.");
    }
    Recommendation recommendation = recommendations.get(recommendationId);
    if (recommendation.getStatus().isImplemented()) {
      throw PlanChangeRefused.conflict("Recommendation " + recommendation.getNumber()
          + " is confirmed as implemented, so no action can be added to it.");
    }
    Action added = actions.createFurtherAction(recommendation, text, newAgency, role, when, actor);
    record(added, actor, HistoryKind.ACTION_ADDED, "added this action to recommendation " + recommendation.getNumber()
        + " of the live plan", why);
    asSystem.call(() -> addedActions.start(recommendationId, added.getId()))
        .ifPresent(refusal -> {
          throw PlanChangeRefused.conflict(refusal);
        });
    return added;
  }

  private String holderOf(ResponsibleRole role) {
    String holder = role.getHolderUserId();
    return holder != null && roles.person(holder).isPresent() ? holder : null;
  }

  /** Whether the process waits in its run, where the re-planning message is caught. */
  private boolean replannable(String process) {
    return asSystem.call(() -> runtime.createEventSubscriptionQuery().processInstanceId(process)
        .eventName(ActionProcess.Message.PLAN_CORRECTED).count() > 0);
  }

  private static String text(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw PlanChangeRefused.invalid(field, missing == null ? "Enter a value." : missing);
    }
    String text = value.strip();
    if (text.length() > max) {
      throw PlanChangeRefused.invalid(field, "This has " + text.length() + " characters; at most " + max + " are allowed.");
    }
    return text;
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private Void refreshTasks(Action action, String oldText) {
    String oldName = ActionTaskContextListener.shorten(oldText);
    for (Task task : tasks.createTaskQuery().processInstanceId(action.getProcessInstanceId()).list()) {
      task.setDescription(TaskContext.fit(action.getDescription()));
      String name = task.getName();
      if (name != null && name.endsWith(" · " + oldName)) {
        task.setName(TaskContext.fitName(name.substring(0, name.length() - oldName.length())
            + ActionTaskContextListener.shorten(action.getDescription())));
      }
      tasks.saveTask(task);
    }
    return null;
  }

  /** The action, which must not have ended; 404 when there is none. */
  private Action open(Long actionId, String change) {
    Action action = actions.get(actionId);
    if (action.getStatus().ended()) {
      throw PlanChangeRefused.conflict("The action is " + action.getStatus().label().toLowerCase(java.util.Locale.UK)
          + ", so it cannot be " + change + ".");
    }
    return action;
  }

  private boolean hasOpenTask(Action action, String taskKey) {
    return action.getProcessInstanceId() != null && asSystem.call(() -> tasks.createTaskQuery()
        .processInstanceId(action.getProcessInstanceId()).taskDefinitionKey(taskKey).count() > 0);
  }

  private void correlate(Action action, String message) {
    try {
      asSystem.call(() -> runtime.createMessageCorrelation(message).processInstanceId(action.getProcessInstanceId())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // The process is not where the change applies (ended, or suspended): the whole change is rolled back.
      throw PlanChangeRefused.conflict("The action's process cannot take this change now, so nothing was changed.");
    }
  }

  private void record(Action action, String actor, HistoryKind kind, String what, String reason) {
    String who = actor == null ? "The system" : roles.displayName(actor);
    actions.addHistory(action.getId(), actor, kind, "On " + shown(LocalDate.now(clock)) + " " + who + " " + what
        + ". Reason: " + reason);
  }

  /** The reason every change needs: trimmed, required, at most {@link #REASON_MAX} characters. */
  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw PlanChangeRefused.invalid("reason", "Give the reason for the change.");
    }
    String text = reason.strip();
    if (text.length() > REASON_MAX) {
      throw PlanChangeRefused.invalid("reason", "The reason has " + text.length() + " characters; at most " + REASON_MAX
          + " are allowed.");
    }
    return text;
  }

  private static LocalDate date(String value, String field, String label) {
    try {
      return FormDates.parse(value, label);
    } catch (BusinessRuleException e) {
      throw PlanChangeRefused.invalid(field, e.getMessage());
    }
  }

  private static String quoted(String text) {
    return text.length() <= QUOTED_TEXT_MAX ? text : text.substring(0, QUOTED_TEXT_MAX - 1) + "…";
  }

  private static String shown(LocalDate date) {
    return ActionService.formatDate(date);
  }
}
