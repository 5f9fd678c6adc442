package org.reviewactions.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.Review;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.GroupsProperties;
import org.reviewactions.shared.NotFoundException;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency progress statements of a review: a plan manager requests one from every agency with actions in the review
 * (one {@code agency-statement} process each), the process records each step (written, returned, approved, late), and
 * the approved statements are compiled with each agency's actions for publication. Who may read what is decided here:
 * the board, the sub-group chairs and plan managers see every agency's statement; an agency's people see only their
 * own agency's, and a review they have no agency in does not exist for them.
 */
@Service
public class AgencyStatements {

  /** The field name the request form and every refusal of the deadline use. */
  public static final String DEADLINE_FIELD = "Deadline";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  /** Write statement is due at the end of the working day of the deadline. */
  private static final LocalTime DUE_AT = LocalTime.of(17, 0);

  /** A step of a statement's history as the page shows it. */
  public record Step(String what, String who, String when, String note) {}

  /** One agency's statement as the statements page shows it. */
  public record StatementView(Long id, String agency, StatementStatus status, String deadline, String text,
      String returnComment, List<Step> history) {}

  /** A review's statements as the signed-in person may see them: the latest request's statement of each agency. */
  public record ReviewStatements(Long reviewId, String reviewTitle, String reviewReference, List<String> agencies,
      List<StatementView> statements) {}

  /** One action of an agency as the compiled document lists it. */
  public record ActionLine(String recommendation, String action, String timescale, String status, String progressAsAt,
      String progress) {}

  /** One agency's section of the compiled document; {@code statement} is null unless an approved one exists. */
  public record AgencySection(String agency, boolean approved, String statement, String approvedOn, List<ActionLine> actions) {}

  /** The document to publish with the review. */
  public record CompiledStatements(Long reviewId, String reviewTitle, String reviewReference, String board,
      String compiledOn, List<AgencySection> sections) {}

  private final AgencyStatementRepository statements;
  private final StatementStepRepository steps;
  private final ActionService actions;
  private final RoleDirectory roles;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final RuntimeService runtimeService;
  private final GroupsProperties groups;
  private final Clock clock;

  @PersistenceContext
  private EntityManager entities;

  AgencyStatements(AgencyStatementRepository statements, StatementStepRepository steps, ActionService actions,
      RoleDirectory roles, CurrentUser currentUser, AsSystem asSystem, RuntimeService runtimeService,
      GroupsProperties groups, Clock clock) {
    this.statements = statements;
    this.steps = steps;
    this.actions = actions;
    this.roles = roles;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.runtimeService = runtimeService;
    this.groups = groups;
    this.clock = clock;
  }

  /**
   * Asks every agency with actions in the review for a statement by the deadline: a plan manager only. An agency
   * whose last statement is still open (not approved) is not asked twice.
   *
   * @param typedDeadline the deadline as day/month/year, today or later
   * @return the agencies asked
   * @throws BusinessRuleException naming the deadline when it is missing, not a date or past, or when no agency is left to ask
   * @throws NotFoundException when there is no such review
   */
  @Transactional
  public List<String> request(Long reviewId, String typedDeadline) {
    String planManager = currentUser.requirePlanManager();
    Review review = review(reviewId);
    LocalDate deadline = deadline(typedDeadline);
    Set<String> open = new LinkedHashSet<>();
    latestByAgency(reviewId).forEach((agency, statement) -> {
      if (statement.getStatus() != StatementStatus.APPROVED) {
        open.add(agency);
      }
    });
    List<String> agencies = agenciesOf(reviewId);
    if (agencies.isEmpty()) {
      throw new BusinessRuleException("This review has no actions yet, so there is no agency to ask for a statement.");
    }
    List<String> asked = agencies.stream().filter(agency -> !open.contains(agency)).toList();
    if (asked.isEmpty()) {
      throw new BusinessRuleException("Every agency has already been asked and its statement is not approved yet: "
          + String.join(", ", agencies) + ".");
    }
    String requestId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    for (String agency : asked) {
      AgencyStatement statement = statements.save(new AgencyStatement(reviewId, agency, requestId, deadline, planManager, now));
      steps.save(new StatementStep(statement.getId(), StatementStepKind.REQUESTED, planManager, now,
          "Due by " + FormDates.shown(deadline)));
      statement.setProcessInstanceId(start(review, statement));
    }
    return asked;
  }

  private String start(Review review, AgencyStatement statement) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.STATEMENT_ID, statement.getId());
    String leads = AgencyGroups.leadsGroup(statement.getAgency());
    variables.put(Var.AGENCY_LEADS_GROUP, leads);
    variables.put(Var.MONITORING_GROUP, groups.monitoring());
    variables.put(Var.DEADLINE, Date.from(ZonedDateTime.of(statement.getDeadline(), DUE_AT, clock.getZone()).toInstant()));
    variables.put(Var.CTX_REVIEW, review.getTitle() + " (" + review.getReference() + ")");
    variables.put(Var.CTX_AGENCY, statement.getAgency());
    variables.put(Var.CTX_DEADLINE, FormDates.shown(statement.getDeadline()));
    String businessKey = review.getReference() + "/statement/" + AgencyGroups.agencyGroup(statement.getAgency())
        + "/" + statement.getRequestId();
    // The plan manager asked, the application starts: people start no process themselves (UserCommandGuard).
    return asSystem.call(() -> {
      roles.ensureAgencyGroups(statement.getAgency());
      variables.put(Var.WRITING_GROUPS, roles.members(leads).isEmpty() ? leads + "," + groups.planManagers() : leads);
      return runtimeService.startProcessInstanceByKey(AgencyStatementProcess.KEY, businessKey, variables).getId();
    });
  }

  private LocalDate deadline(String typed) {
    if (typed == null || typed.isBlank() || typed.replace("/", "").isBlank()) {
      throw new BusinessRuleException(DEADLINE_FIELD, DEADLINE_FIELD + ": enter the date the statements are due. "
          + FormDates.HOW_TO_TYPE);
    }
    LocalDate deadline = FormDates.parse(typed, DEADLINE_FIELD);
    if (deadline.isBefore(LocalDate.now(clock))) {
      throw new BusinessRuleException(DEADLINE_FIELD, DEADLINE_FIELD + ": " + FormDates.shown(deadline)
          + " has passed; the statements can only be due today or later.");
    }
    return deadline;
  }

  /** The lead's statement, from Write statement: now waiting for the chair. */
  @Transactional
  public void recordWritten(Long statementId, String text, String actor) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException(Var.STATEMENT, "Write the agency's statement before sending it for approval.");
    }
    if (text.length() > AgencyStatement.MAX_TEXT) {
      throw new BusinessRuleException(Var.STATEMENT, "The statement has " + text.length() + " characters; at most "
          + AgencyStatement.MAX_TEXT + " are kept.");
    }
    AgencyStatement statement = get(statementId);
    Instant now = clock.instant();
    statement.written(text.strip(), actor, now);
    steps.save(new StatementStep(statementId, StatementStepKind.WRITTEN, actor, now, null));
  }

  /**
   * The chair's decision on a written statement. A returned statement goes back to the agency with the comment,
   * which is required.
   */
  @Transactional
  public void recordDecision(Long statementId, boolean approved, String comment, String actor) {
    AgencyStatement statement = get(statementId);
    if (statement.getStatus() != StatementStatus.WRITTEN) {
      throw new BusinessRuleException("Only a written statement waiting for approval can be approved or returned.");
    }
    Instant now = clock.instant();
    if (approved) {
      statement.approved(actor, now);
      steps.save(new StatementStep(statementId, StatementStepKind.APPROVED, actor, now, null));
      return;
    }
    if (comment == null || comment.isBlank()) {
      throw new BusinessRuleException(Var.RETURN_COMMENT,
          "Say what the agency should change: a returned statement needs a comment.");
    }
    statement.returned(comment.strip(), actor, now);
    steps.save(new StatementStep(statementId, StatementStepKind.RETURNED, actor, now, comment.strip()));
  }

  /** The deadline passed while the statement was still to be written; recorded once, however often it is noticed. */
  @Transactional
  public void recordLate(Long statementId) {
    if (!steps.existsByStatementIdAndStep(statementId, StatementStepKind.LATE)) {
      steps.save(new StatementStep(statementId, StatementStepKind.LATE, null, clock.instant(), null));
    }
  }

  /** The review's title and reference, the agency and the deadline of a statement, for its e-mails. */
  @Transactional(readOnly = true)
  public Map<String, Object> mailModel(Long statementId) {
    AgencyStatement statement = get(statementId);
    Review review = review(statement.getReviewId());
    Map<String, Object> model = new HashMap<>();
    model.put("reviewTitle", review.getTitle());
    model.put("reviewRef", review.getReference());
    model.put("board", review.getBoard());
    model.put("agency", statement.getAgency());
    model.put("deadline", FormDates.shown(statement.getDeadline()));
    return model;
  }

  /**
   * The review's statements the signed-in person may see: every agency's for the board, chairs and plan managers,
   * their own agency's for an agency's people.
   *
   * @throws NotFoundException when there is no such review, or the person has no agency in it
   */
  @Transactional(readOnly = true)
  public ReviewStatements overview(Long reviewId) {
    Review review = review(reviewId);
    List<String> agencies = visibleAgencies(reviewId);
    Map<String, AgencyStatement> latest = latestByAgency(reviewId);
    List<StatementView> views = new ArrayList<>();
    for (String agency : agencies) {
      AgencyStatement statement = latest.get(agency);
      if (statement != null) {
        views.add(new StatementView(statement.getId(), agency, statement.getStatus(), FormDates.shown(statement.getDeadline()),
            statement.getText(), statement.getReturnComment(), history(statement.getId())));
      }
    }
    return new ReviewStatements(reviewId, review.getTitle(), review.getReference(), agencies, views);
  }

  /**
   * The document to publish: per agency, its latest approved statement (or "not yet approved", never a draft) and its
   * actions with their status and latest progress. For the board, chairs and plan managers only.
   */
  @Transactional(readOnly = true)
  public CompiledStatements compile(Long reviewId) {
    Review review = review(reviewId);
    if (!currentUser.oversees()) {
      throw new NotFoundException("There is no review " + reviewId + ".");
    }
    Map<String, List<ActionLine>> lines = new LinkedHashMap<>();
    for (Action action : actions.forReview(reviewId)) {
      var progress = actions.latestProgress(action.getId());
      lines.computeIfAbsent(action.getAgency(), agency -> new ArrayList<>()).add(new ActionLine(
          actions.recommendationOf(action).getNumber(), action.getDescription(), action.getTimescale(),
          action.getStatus().label(), progress.map(p -> FormDates.shown(p.getAsAt())).orElse(null),
          progress.map(p -> p.getText()).orElse(null)));
    }
    Map<String, AgencyStatement> approved = new HashMap<>();
    for (AgencyStatement statement : statements.findByReviewIdOrderByAgencyAscRequestedAtDescIdDesc(reviewId)) {
      if (statement.getStatus() == StatementStatus.APPROVED) {
        approved.merge(statement.getAgency(), statement,
            (kept, other) -> other.getDecidedAt().isAfter(kept.getDecidedAt()) ? other : kept);
      }
    }
    List<AgencySection> sections = new ArrayList<>();
    lines.forEach((agency, actionLines) -> {
      AgencyStatement statement = approved.get(agency);
      sections.add(statement == null ? new AgencySection(agency, false, null, null, actionLines)
          : new AgencySection(agency, true, statement.getText(), day(statement.getDecidedAt()), actionLines));
    });
    return new CompiledStatements(reviewId, review.getTitle(), review.getReference(), review.getBoard(),
        FormDates.shown(LocalDate.now(clock)), sections);
  }

  private List<Step> history(Long statementId) {
    return steps.findByStatementIdOrderByHappenedAtAscIdAsc(statementId).stream()
        .map(step -> new Step(step.getStep().label(), step.getActor() == null ? "Review Action Tracker" : nameOf(step.getActor()),
            day(step.getHappenedAt()) + ", " + TIME.format(step.getHappenedAt().atZone(clock.getZone())), step.getNote()))
        .toList();
  }

  /** People's names are shown to whoever may see the step, whether or not the engine lets them list users. */
  private String nameOf(String userId) {
    return asSystem.call(() -> roles.displayName(userId));
  }

  private List<String> visibleAgencies(Long reviewId) {
    List<String> agencies = agenciesOf(reviewId);
    if (currentUser.oversees()) {
      return agencies;
    }
    String userId = currentUser.id().orElse(null);
    List<String> mine = agencies.stream().filter(agency -> roles.belongsTo(userId, agency) || roles.isLead(userId, agency)).toList();
    if (mine.isEmpty()) {
      throw new NotFoundException("There is no review " + reviewId + ".");
    }
    return mine;
  }

  private List<String> agenciesOf(Long reviewId) {
    return actions.forReview(reviewId).stream().map(Action::getAgency).distinct().toList();
  }

  private Map<String, AgencyStatement> latestByAgency(Long reviewId) {
    Map<String, AgencyStatement> latest = new LinkedHashMap<>();
    statements.findByReviewIdOrderByAgencyAscRequestedAtDescIdDesc(reviewId).forEach(s -> latest.putIfAbsent(s.getAgency(), s));
    return latest;
  }

  private String day(Instant instant) {
    return FormDates.shown(LocalDate.ofInstant(instant, clock.getZone()));
  }

  private Review review(Long reviewId) {
    return Optional.ofNullable(reviewId == null ? null : entities.find(Review.class, reviewId))
        .orElseThrow(() -> new NotFoundException("There is no review " + reviewId + "."));
  }

  private AgencyStatement get(Long statementId) {
    return statements.findById(statementId)
        .orElseThrow(() -> new IllegalStateException("No agency statement " + statementId + "."));
  }
}
