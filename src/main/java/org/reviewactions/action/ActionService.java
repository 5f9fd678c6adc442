package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Recommendations;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.NotFoundException;
import org.reviewactions.shared.TransactionMemo;
import org.reviewactions.timescale.ParsedTimescale;
import org.reviewactions.timescale.TimescaleParser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions and what happens to them: dates, owner, progress, status and history. The action process's
 * delegates call this service inside the engine's transaction, so a failed step leaves no trace here
 * either.
 */
@Service
public class ActionService {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
  private static final Pageable LATEST = PageRequest.of(0, 1);

  private final ActionRepository actions;
  private final ProgressUpdateRepository progress;
  private final HistoryRepository history;
  private final RoleDirectory roles;
  private final Recommendations recommendations;
  private final TimescaleParser timescales = new TimescaleParser();
  private final Clock clock;
  private final RagProperties rag;
  private final TaskService tasks;
  private final AsSystem asSystem;
  private final ActionStateChangeRepository stateChanges;
  private final ApplicationEventPublisher events;

  /** Writes the action's due and follow-up dates into the process: the end of the working day in the configured zone. */
  public void writeDates(org.camunda.bpm.engine.delegate.VariableScope scope, Action action) {
    ActionVariables.writeDates(scope, action, clock.getZone());
  }

  ActionService(ActionRepository actions, ProgressUpdateRepository progress, HistoryRepository history,
      RoleDirectory roles, Recommendations recommendations, Clock clock, RagProperties rag, TaskService tasks,
      AsSystem asSystem, ActionStateChangeRepository stateChanges, ApplicationEventPublisher events) {
    this.tasks = tasks;
    this.asSystem = asSystem;
    this.stateChanges = stateChanges;
    this.events = events;
    this.recommendations = recommendations;
    this.rag = rag;
    this.actions = actions;
    this.progress = progress;
    this.history = history;
    this.roles = roles;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Action get(Long actionId) {
    return actions.findById(actionId).orElseThrow(() -> new NotFoundException("There is no action " + actionId + "."));
  }

  /**
   * The action a process instance runs (an action process is its own instance, also when a
   * recommendation calls it). Delegates ask here rather than read the {@code actionId} variable.
   */
  @Transactional(readOnly = true)
  public Action ofProcess(String processInstanceId) {
    Map<String, Long> known = ProcessActions.ofThisTransaction();
    Long id = known == null ? null : known.get(processInstanceId);
    if (id != null) {
      // Loaded already in this transaction, so found by id without going to the database; checked all the same.
      Optional<Action> action = actions.findById(id);
      if (action.isPresent() && processInstanceId.equals(action.get().getProcessInstanceId())) {
        return action.get();
      }
    }
    Action action = actions.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "No action is run by process instance " + processInstanceId + "."));
    if (known != null) {
      known.put(processInstanceId, action.getId());
    }
    return action;
  }

  @Transactional(readOnly = true)
  public Long idOfProcess(String processInstanceId) {
    return ofProcess(processInstanceId).getId();
  }

  @Transactional(readOnly = true)
  public List<Action> forRecommendation(Long recommendationId) {
    return actions.findByRecommendationIdOrderByPosition(recommendationId);
  }

  /**
   * Every action of the review in the plan's order (by recommendation, then the action's position), for pages and
   * documents that present a review's actions; an unknown review has none.
   */
  @Transactional(readOnly = true)
  public List<Action> forReview(Long reviewId) {
    return actions.findByReviewInPlanOrder(reviewId);
  }

  /** The action's latest progress update (the latest "as at" date, then the latest recorded), if it has one. */
  @Transactional(readOnly = true)
  public Optional<ProgressUpdate> latestProgress(Long actionId) {
    List<ProgressUpdate> updates = progress(actionId);
    return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
  }

  /** The recommendation the action serves, with its review. */
  @Transactional(readOnly = true)
  public Recommendation recommendationOf(Action action) {
    return recommendations.get(action.getRecommendationId());
  }

  /** Creates an action from a plan row or a further action, with its role and dates. */
  @Transactional
  public Action create(Recommendation recommendation, int position, String description, String agency,
      String responsible, String timescale, ParsedTimescale dates, String actor) {
    Action action = new Action(recommendation.getId(), position, description, agency, responsible);
    action.schedule(timescale, dates.startDate(), dates.dueDate(),
        dates.reviewCadence() == null ? null : dates.reviewCadence().toString(), dates.needsConfirmation(), dates.note());
    action.setResponsibleRoleId(roles.roleId(responsible, agency));
    roles.ensureAgencyGroups(agency);
    actions.save(action);
    Map<Long, LastState> known = TransactionMemo.of(LastState.class);
    if (known != null) {
      // A new action has no state kept yet: its first note need not ask.
      known.put(action.getId(), LastState.NONE);
    }
    addHistory(action.getId(), actor, HistoryKind.IMPORTED, "Action created from the plan. Timescale as written: "
        + (timescale == null || timescale.isBlank() ? "(none)" : timescale) + "; due " + date(dates.dueDate())
        + (dates.needsConfirmation() ? " (dates to be confirmed)" : "") + ".");
    return action;
  }

  /** A further action the monitoring sub-group adds when a recommendation is not yet implemented. */
  @Transactional
  public Action createFurtherAction(Recommendation recommendation, String description, String agency,
      String responsible, String timescale, String actor) {
    requireText(description, "Describe the further action");
    requireText(agency, "Name the agency that will carry out the further action");
    requireText(responsible, "Name the role responsible for the further action");
    int position = forRecommendation(recommendation.getId()).stream().mapToInt(Action::getPosition).max().orElse(0) + 1;
    ParsedTimescale dates = timescales.parse(timescale, LocalDate.now(clock));
    return create(recommendation, position, description.strip(), agency.strip(), responsible.strip(),
        timescale == null ? null : timescale.strip(), dates, actor);
  }

  /** The process has taken the action up; marks it as waiting for dates or an owner. */
  @Transactional
  public Action start(Long actionId, String processInstanceId) {
    Action action = get(actionId);
    if (action.getProcessInstanceId() != null && !action.getProcessInstanceId().equals(processInstanceId)) {
      // One process per action: a second one would act on the same business row.
      throw new BusinessRuleException("Action " + actionId + " is already run by process instance "
          + action.getProcessInstanceId() + ".");
    }
    action.setProcessInstanceId(processInstanceId);
    Map<String, Long> known = ProcessActions.ofThisTransaction();
    if (known != null) {
      // The later steps of this start ask which action the instance runs: known here, so none of them queries.
      known.put(processInstanceId, actionId);
    }
    action.setStatus(action.isNeedsConfirmation() ? ActionStatus.AWAITING_DATES : ActionStatus.NOT_STARTED);
    addHistory(actionId, null, HistoryKind.STARTED, action.isNeedsConfirmation()
        ? "Started. The timescale could not be read with confidence, so a plan manager must confirm the dates."
        : "Started. Due " + date(action.getDueDate()) + ".");
    return action;
  }

  /** A plan manager's dates replace the ones derived from the timescale text. */
  @Transactional
  public void confirmDates(Long actionId, String startDate, String dueDate, String cadence, String note, String actor) {
    Action action = get(actionId);
    LocalDate due = FormDates.parse(dueDate, "Due date");
    if (due == null) {
      throw new BusinessRuleException("Enter the due date for the action.");
    }
    LocalDate start = FormDates.parse(startDate, "Start date");
    if (start != null && start.isAfter(due)) {
      throw new BusinessRuleException("The start date " + date(start) + " is after the due date " + date(due) + ".");
    }
    Period period = null;
    if (cadence != null && !cadence.isBlank()) {
      try {
        period = Period.parse(cadence.strip());
      } catch (DateTimeParseException e) {
        throw new BusinessRuleException("'" + cadence + "' is not a review cadence such as P3M (quarterly).");
      }
    }
    action.schedule(action.getTimescale(), start, due, period == null ? null : period.toString(), false, null);
    action.setStatus(ActionStatus.NOT_STARTED);
    addHistory(actionId, actor, HistoryKind.DATES_CONFIRMED, "Dates confirmed: "
        + (start == null ? "" : "from " + date(start) + " ") + "due " + date(due)
        + (period == null ? "" : ", reviewed every " + period) + (note == null || note.isBlank() ? "." : ". " + note.strip()));
  }

  /** The holder of the action's responsible role, who becomes its owner; empty when the role has none. */
  @Transactional
  public Optional<String> resolveOwner(Long actionId) {
    Action action = get(actionId);
    if (action.getOwnerUserId() != null && roles.person(action.getOwnerUserId()).isPresent()) {
      // Re-planned after a revision or a reassignment: the action keeps the owner it has.
      return Optional.of(action.getOwnerUserId());
    }
    String holder = action.getResponsibleRoleId() == null ? null : roles.role(action.getResponsibleRoleId()).getHolderUserId();
    if (holder == null || roles.person(holder).isEmpty()) {
      action.setStatus(ActionStatus.AWAITING_OWNER);
      noteState(action);
      return Optional.empty();
    }
    assignOwner(action, holder, null, HistoryKind.OWNER_ASSIGNED,
        "Assigned to " + roles.displayName(holder) + ", holder of the role " + action.getResponsible() + ".");
    return Optional.of(holder);
  }

  /** An agency lead names the owner; the nominee also becomes the holder of the responsible role. */
  @Transactional
  public String nominateOwner(Long actionId, String nomineeId, String actor) {
    if (nomineeId == null || nomineeId.isBlank()) {
      throw new BusinessRuleException(ActionProcess.Var.NOMINEE_ID, "Choose the person in your agency who will own the action,"
          + " or invite someone not listed.");
    }
    Action action = get(actionId);
    // Checked here as well as against the form's choices, so no caller's id reaches the role or the task unchecked.
    String nominee = roles.person(nomineeId).map(Person::userId).orElseThrow(() -> new BusinessRuleException(
        ActionProcess.Var.NOMINEE_ID, "There is nobody with the user id '" + shorten(nomineeId.strip())
        + "'. Choose one of the people of " + action.getAgency() + " listed in the form."));
    if (!roles.belongsTo(nominee, action.getAgency())) {
      throw new BusinessRuleException(ActionProcess.Var.NOMINEE_ID, roles.displayName(nominee) + " is not one of the people of "
          + action.getAgency() + ", so cannot own its action. Choose one of the people listed in the form.");
    }
    if (action.getResponsibleRoleId() != null) {
      roles.setHolder(action.getResponsibleRoleId(), nominee);
    }
    assignOwner(action, nominee, actor, HistoryKind.OWNER_NOMINATED, "Nominated " + roles.displayName(nominee)
        + " as owner and holder of the role " + action.getResponsible() + ".");
    return nominee;
  }

  /**
   * The lead invited the owner on the spot ({@link Nominations}): the new account owns the action and holds its role
   * at once, and acts once it has chosen a password.
   */
  @Transactional
  void nominateInvited(Long actionId, String invitee, String name, String email, String actor) {
    Action action = get(actionId);
    if (action.getResponsibleRoleId() != null) {
      // Not RoleDirectory.setHolder: the account was made in this same engine command, which writes it to the
      // database only when the command ends, so no query finds it yet. The invitation has just checked it.
      roles.role(action.getResponsibleRoleId()).setHolderUserId(invitee);
    }
    assignOwner(action, invitee, actor, HistoryKind.OWNER_NOMINATED, "Invited " + name + " (" + email
        + ") to " + action.getAgency() + " and nominated them as owner and holder of the role " + action.getResponsible()
        + ". They can act once they have chosen a password through the invitation e-mail.");
  }

  /**
   * The action's responsible role got a holder (the People and roles page) while the action waited for a
   * nomination: the holder owns it, and its history says why nobody nominated.
   */
  @Transactional
  public void ownerFromNewRoleHolder(Long actionId, String holder, String actor) {
    Action action = get(actionId);
    String name = roles.displayName(holder);
    assignOwner(action, holder, actor, HistoryKind.ROLE_HOLDER_CHANGED, "The role " + action.getResponsible() + " got a holder, "
        + name + ", on the People and roles page: the nomination of an owner ended, and " + name + " owns this action.");
  }

  /** A typed id as far as a message repeats it back. */
  private static String shorten(String id) {
    return id.length() <= 40 ? id : id.substring(0, 40) + "…";
  }

  private void assignOwner(Action action, String owner, String actor, HistoryKind kind, String text) {
    action.setOwnerUserId(owner);
    action.setStatus(ActionStatus.IN_PROGRESS);
    addHistory(action.getId(), actor, kind, text);
  }

  /** A "progress as at" entry from the owner. */
  @Transactional
  public ProgressUpdate recordProgress(Long actionId, String asAt, String text, String author) {
    requireText(text, "Describe the progress made");
    LocalDate date = FormDates.parse(asAt, "Progress as at");
    LocalDate today = LocalDate.now(clock);
    if (date == null) {
      date = today;
    } else if (date.isAfter(today)) {
      throw new BusinessRuleException("Progress cannot be recorded as at " + date(date) + ", a date in the future.");
    }
    ProgressUpdate update = progress.save(new ProgressUpdate(actionId, date, text.strip(), author, clock.instant()));
    addHistory(actionId, author, HistoryKind.PROGRESS, "Progress as at " + date(date) + ": " + text.strip());
    return update;
  }

  /** Progress the board wrote in the plan's progress column, kept with its "as at" date. */
  @Transactional
  public void recordImportedProgress(Long actionId, LocalDate asAt, String text, String actor) {
    progress.save(new ProgressUpdate(actionId, asAt, text, actor == null ? "plan import" : actor, clock.instant()));
    addHistory(actionId, actor, HistoryKind.PROGRESS, "Progress as at " + date(asAt) + " (from the imported plan): " + text);
  }

  @Transactional(readOnly = true)
  public List<ProgressUpdate> progress(Long actionId) {
    return progress.findByActionIdOrderByAsAtAscIdAsc(actionId);
  }

  @Transactional
  public void setStatus(Long actionId, ActionStatus status) {
    Action action = get(actionId);
    action.setStatus(status);
    noteState(action);
  }

  /** Evidence was verified: the action is Complete, the only way it ever becomes so. */
  @Transactional
  public void complete(Long actionId, String actor) {
    Action action = get(actionId);
    action.setStatus(ActionStatus.COMPLETE);
    action.setCompletedAt(clock.instant());
    addHistory(actionId, actor, HistoryKind.COMPLETED, "Action complete: evidence verified.");
  }

  @Transactional
  public void addHistory(Long actionId, String actor, HistoryKind kind, String text) {
    history.save(new HistoryEntry(actionId, clock.instant(), actor, kind.name(), text));
    // Every change of status or due date is followed by a history line, so this one place keeps the record.
    actions.findById(actionId).ifPresent(this::noteState);
  }

  /**
   * Appends the action's status and due date when they differ from the last ones kept, and says so. The last ones
   * are remembered for the transaction once read or written (only this method writes them), so a process start,
   * which notes the action's state several times, reads them once, not before every note.
   */
  private void noteState(Action action) {
    Map<Long, LastState> known = TransactionMemo.of(LastState.class);
    LastState last = known == null ? null : known.get(action.getId());
    if (last == null) {
      last = stateChanges.latestFirst(action.getId(), LATEST).stream().findFirst()
          .map(change -> new LastState(change.getStatus(), change.getDueDate())).orElse(LastState.NONE);
    }
    LastState now = new LastState(action.getStatus().name(), action.getDueDate());
    if (known != null) {
      known.put(action.getId(), now);
    }
    if (now.equals(last)) {
      return;
    }
    var change = stateChanges.save(new ActionStateChange(action.getId(), clock.instant(), action.getStatus().name(),
        action.getDueDate()));
    events.publishEvent(new ActionStateChanged(action.getId(), change.getChangedAt(), action.getStatus(), action.getDueDate()));
  }

  /**
   * Reads the status and due date last kept for each of these actions in one query, for the rest of the transaction:
   * a recommendation's process start notes the state of each of its actions, and each first note asked alone.
   */
  @Transactional(readOnly = true)
  public void recallLastStates(java.util.Collection<Long> actionIds) {
    Map<Long, LastState> known = TransactionMemo.of(LastState.class);
    if (known == null || actionIds.isEmpty()) {
      return;
    }
    Map<Long, LastState> last = new java.util.HashMap<>();
    actionIds.forEach(id -> last.put(id, LastState.NONE));
    // Oldest first, so the last one read for an action is its latest, as noteState's own query finds it.
    for (ActionStateChange change : stateChanges.findByActionIdInOrderByChangedAtAscIdAsc(actionIds)) {
      last.put(change.getActionId(), new LastState(change.getStatus(), change.getDueDate()));
    }
    // What the transaction noted itself stays: it is newer than or the same as what it has written.
    last.forEach(known::putIfAbsent);
  }

  /** The status and due date last kept for an action; {@link #NONE} when none is kept yet. */
  private record LastState(String status, LocalDate dueDate) {
    static final LastState NONE = new LastState(null, null);
  }

  /** Every kept change of status or due date of these actions, oldest first (for reports "as at" a date). */
  @Transactional(readOnly = true)
  public List<ActionStateChange> stateChanges(java.util.Collection<Long> actionIds) {
    return actionIds.isEmpty() ? List.of() : stateChanges.findByActionIdInOrderByChangedAtAscIdAsc(actionIds);
  }

  /** Every history line of these actions, oldest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> histories(java.util.Collection<Long> actionIds) {
    return actionIds.isEmpty() ? List.of() : history.findByActionIdInOrderByHappenedAtAscIdAsc(actionIds);
  }

  /** Every progress entry of these actions, by date. */
  @Transactional(readOnly = true)
  public List<ProgressUpdate> progress(java.util.Collection<Long> actionIds) {
    return actionIds.isEmpty() ? List.of() : progress.findByActionIdInOrderByAsAtAscIdAsc(actionIds);
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> history(Long actionId) {
    return history.findByActionIdOrderByHappenedAtAscIdAsc(actionId);
  }

  /** The history as plain text lines, newest last, for forms and e-mails. */
  @Transactional(readOnly = true)
  public String historyText(Long actionId) {
    List<String> lines = history(actionId).stream()
        .map(h -> STAMP.format(h.getHappenedAt().atZone(clock.getZone()))
            + (h.getActor() == null ? "" : " · " + roles.displayName(h.getActor())) + " · " + h.getText())
        .toList();
    return newestWithin(lines, HISTORY_TEXT_MAX);
  }

  /**
   * The history is a task variable, and the engine's text column holds 4,000 characters: a long imported
   * progress note or a long life made the task fail to be created. The newest entries are the ones kept.
   */
  static final int HISTORY_TEXT_MAX = 4_000;
  private static final String EARLIER = "… (earlier entries: see the action's history)";

  static String newestWithin(List<String> lines, int max) {
    String all = String.join("\n", lines);
    if (all.length() <= max) {
      return all;
    }
    StringBuilder kept = new StringBuilder();
    int room = max - EARLIER.length() - 1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      int need = line.length() + (kept.isEmpty() ? 0 : 1);
      if (need > room) {
        if (kept.isEmpty()) {
          kept.append(line, 0, room - 1).append('…');
        }
        break;
      }
      kept.insert(0, kept.isEmpty() ? line : line + "\n");
      room -= need;
    }
    return EARLIER + "\n" + kept;
  }

  /**
   * Red when lapsed or escalated, or while one of its people's tasks is past its deadline (rat.deadlines); Amber
   * when due within the configured days or evidence was rejected, Green otherwise; Complete only on verified
   * evidence. Nothing stores the RAG: every reader (task priorities, the tasks' status line) asks here.
   */
  public Rag rag(Action action) {
    return rag(action, () -> hasTaskPastItsDeadline(action));
  }

  /** {@link #rag(Action)} from the open tasks of the action's process, already read by the caller. */
  Rag rag(Action action, java.util.Collection<? extends org.camunda.bpm.engine.task.Task> openTasks) {
    java.util.Date now = java.util.Date.from(clock.instant());
    return rag(action, () -> openTasks.stream().anyMatch(task -> ActionProcess.TASKS_WITH_DEADLINES.contains(
        task.getTaskDefinitionKey()) && task.getDueDate() != null && task.getDueDate().before(now)));
  }

  /** Today's RAG; a running action with a task past its deadline is Red (asked only of a running action). */
  private Rag rag(Action action, java.util.function.BooleanSupplier taskPastItsDeadline) {
    Rag today = ragOn(action.getStatus(), action.getDueDate(), action.getLapsedAt() != null, LocalDate.now(clock));
    boolean running = today == Rag.GREEN || today == Rag.AMBER;
    return running && taskPastItsDeadline.getAsBoolean() ? Rag.RED : today;
  }

  /**
   * The RAG rule applied on a given day to a status and due date, as a report "as at" that day needs them.
   *
   * @param lapsed whether the action had lapsed (and not been given a new date) on that day
   */
  public Rag ragOn(ActionStatus status, LocalDate dueDate, boolean lapsed, LocalDate day) {
    return switch (status) {
      case COMPLETE -> Rag.COMPLETE;
      case CLOSED_INCOMPLETE -> Rag.CLOSED_INCOMPLETE;
      case WITHDRAWN -> Rag.WITHDRAWN;
      case LAPSED, ESCALATED -> Rag.RED;
      default -> {
        if (lapsed || (dueDate != null && dueDate.isBefore(day))) {
          yield Rag.RED;
        }
        if (status == ActionStatus.EVIDENCE_REJECTED
            || (dueDate != null && !dueDate.isAfter(day.plusDays(rag.amberDays())))) {
          yield Rag.AMBER;
        }
        yield Rag.GREEN;
      }
    };
  }

  private boolean hasTaskPastItsDeadline(Action action) {
    if (action.getProcessInstanceId() == null || UnsavedInstances.isUnsaved(action.getProcessInstanceId())) {
      return false;
    }
    // The same answer whoever asks: a reader who may not see the task still sees the action Red.
    return asSystem.call(() -> tasks.createTaskQuery().processInstanceId(action.getProcessInstanceId())
        .taskDefinitionKeyIn(ActionProcess.TASKS_WITH_DEADLINES.toArray(String[]::new))
        .dueBefore(java.util.Date.from(clock.instant())).count() > 0);
  }

  static String date(LocalDate date) {
    return date == null ? "no date set" : FormDates.shown(date);
  }

  public static String formatDate(LocalDate date) {
    return date(date);
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(message + ".");
    }
  }

}
