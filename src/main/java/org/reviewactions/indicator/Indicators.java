package org.reviewactions.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.indicator.FiguresRefused.Problem;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Quarterly safeguarding indicators: plan managers define them; each quarter every agency that reports one submits its
 * figures for the quarter just ended, once, through {@link #submit}; the board reads them over the quarters. A
 * submitted figure is never changed: the row is what the agency said that quarter, and the unique key on indicator,
 * agency and quarter refuses a second one rather than overwriting it.
 */
@Service
public class Indicators {

  /** The form's field names. */
  public static final String NAME = "name";
  public static final String UNIT = "unit";
  public static final String AGENCIES = "agencies";
  public static final String RECOMMENDATION = "recommendationId";
  public static final String TARGET = "target";
  /** A figure's field on the submit page: {@code figure-<indicator id>}. */
  public static final String FIGURE_PREFIX = "figure-";

  static final int MAX_NAME = 200;
  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

  /** An indicator as the plan managers' list shows it. */
  public record IndicatorView(Long id, String name, Unit unit, String recommendation, String target, List<String> agencies,
      String createdOn) {}

  /** One figure the submit page asks for. */
  public record FigureField(String field, String name, Unit unit, String target) {}

  /** The submit page of one agency's task. */
  public record SubmitForm(String taskId, String agency, String quarter, List<FigureField> fields) {}

  /** One agency's figure of an indicator in the quarterly report: this quarter's and the one before. */
  public record ReportLine(String indicator, String unit, String agency, String figure, String previous, String target) {}

  private final IndicatorStore store;
  private final RoleDirectory roles;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Clock clock;

  Indicators(IndicatorStore store, RoleDirectory roles, CurrentUser currentUser, AsSystem asSystem, TaskService taskService,
      RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
    this.store = store;
    this.roles = roles;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** "2026-Q4". */
  public static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter before: 2027-Q1 → 2026-Q4. */
  public static String previousQuarter(String quarter) {
    int year = Integer.parseInt(quarter.substring(0, 4));
    int q = quarter.charAt(6) - '0';
    return q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
  }

  /** The quarter that ended before today's began: the one each quarter's request asks about. */
  public String quarterJustEnded() {
    return previousQuarter(quarterOf(LocalDate.now(clock)));
  }

  /**
   * Defines an indicator: a plan manager only. Every field is checked before anything is saved.
   *
   * @throws FiguresRefused naming each field that is wrong
   */
  @Transactional
  public Long define(String name, String unit, List<String> agencies, String recommendationId, String target) {
    String by = currentUser.requirePlanManager();
    List<Problem> problems = new ArrayList<>();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      problems.add(new Problem(NAME, "Name: enter the indicator's name."));
    } else if (cleanName.length() > MAX_NAME) {
      problems.add(new Problem(NAME, "Name: at most " + MAX_NAME + " characters."));
    } else if ("=+-@".indexOf(cleanName.charAt(0)) >= 0 || cleanName.chars().anyMatch(Character::isISOControl)) {
      // The name goes into reports and spreadsheets, where a leading = or + is a formula.
      problems.add(new Problem(NAME, "Name: start with a letter or digit, on one line."));
    }
    Unit chosen = null;
    try {
      chosen = Unit.valueOf(unit == null ? "" : unit.strip());
    } catch (IllegalArgumentException notAUnit) {
      problems.add(new Problem(UNIT, "Unit: choose count, percentage or yes/no."));
    }
    Map<String, String> reporting = new LinkedHashMap<>();
    List<String> known = asSystem.call(roles::agencies);
    for (String agency : agencies == null ? List.<String>of() : agencies) {
      if (!known.contains(agency)) {
        problems.add(new Problem(AGENCIES, "Agencies: there is no agency of that name; choose from the list."));
        break;
      }
      reporting.put(AgencyGroups.agencyGroup(agency), agency);
    }
    if (reporting.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(AGENCIES))) {
      problems.add(new Problem(AGENCIES, "Agencies: choose at least one agency that reports it."));
    }
    Long recommendation = null;
    if (recommendationId != null && !recommendationId.isBlank()) {
      if (!recommendationId.strip().matches("\\d{1,12}") || !store.recommendationExists(Long.valueOf(recommendationId.strip()))) {
        problems.add(new Problem(RECOMMENDATION, "Recommendation: there is no recommendation with that number; leave it empty or choose one."));
      } else {
        recommendation = Long.valueOf(recommendationId.strip());
      }
    }
    BigDecimal targetValue = null;
    if (target != null && !target.isBlank() && chosen != null) {
      FigureRules.Result parsed = FigureRules.parse(chosen, target, "Target");
      if (parsed.problem() != null) {
        problems.add(new Problem(TARGET, parsed.problem()));
      } else {
        targetValue = parsed.value().orElseThrow();
      }
    }
    if (!problems.isEmpty()) {
      throw new FiguresRefused(problems);
    }
    return store.insertIndicator(cleanName, chosen, recommendation, targetValue, by, clock.instant(), reporting);
  }

  /** Every indicator, for the plan managers' page. */
  @Transactional(readOnly = true)
  public List<IndicatorView> all() {
    Map<Long, String> recommendations = store.recommendationLabels();
    return store.indicators(false).stream().map(d -> new IndicatorView(d.id(), d.name(), d.unit(),
        d.recommendationId() == null ? null : recommendations.get(d.recommendationId()), FigureRules.shown(d.unit(), d.target()),
        List.copyOf(d.agencies().values()), FormDates.shown(LocalDate.ofInstant(d.createdAt(), clock.getZone())))).toList();
  }

  /**
   * Asks the agencies now for the quarter just ended, as the timer does on the quarter's first working day: a plan
   * manager only. Agencies already asked for that quarter are not asked again.
   *
   * @return the process instance's id
   */
  public String requestNow() {
    String by = currentUser.requirePlanManager();
    return asSystem.call(() -> runtimeService.startProcessInstanceByMessage(QuarterlyIndicatorsProcess.REQUESTED_MESSAGE,
        Map.of(QuarterlyIndicatorsProcess.Var.REQUESTED_BY, by)).getId());
  }

  /** The agency names the definition form offers. */
  public List<String> agencies() {
    return asSystem.call(roles::agencies);
  }

  /**
   * Asks every agency that reports an active indicator for the quarter's figures, unless it was asked already.
   *
   * @return the new requests' ids, one per agency asked now
   */
  @Transactional
  public List<Long> request(String quarter, String processInstanceId) {
    if (quarter == null || !QUARTER.matcher(quarter).matches()) {
      throw new IllegalArgumentException("A quarter is written 2026-Q4");
    }
    Map<String, String> agencies = new java.util.TreeMap<>();
    store.indicators(true).forEach(d -> agencies.putAll(d.agencies()));
    List<Long> asked = new ArrayList<>();
    agencies.forEach((group, agency) -> store.insertSubmissionIfNew(group, agency, quarter, processInstanceId, clock.instant())
        .ifPresent(asked::add));
    return asked;
  }

  /**
   * Who submits the request's figures: the agency's leads, and the plan managers too while it has none, so the task
   * never waits in a group nobody is in (comma-separated group ids).
   */
  public String submittingGroups(Long submissionId, String planManagers) {
    IndicatorStore.Submission submission = submission(submissionId);
    String leads = AgencyGroups.leadsGroup(submission.agency());
    return asSystem.call(() -> {
      roles.ensureAgencyGroups(submission.agency());
      return roles.members(leads).isEmpty() ? leads + "," + planManagers : leads;
    });
  }

  /** The agency and quarter of a request, for its task's form and its e-mails. */
  public Map<String, String> context(Long submissionId) {
    IndicatorStore.Submission submission = submission(submissionId);
    return Map.of("agency", submission.agency(), "quarter", submission.quarter());
  }

  public boolean isSubmitted(Long submissionId) {
    return submission(submissionId).submitted();
  }

  @Transactional
  public void recordLate(Long submissionId) {
    store.markLate(submissionId, clock.instant());
  }

  @Transactional
  public void recordEscalated(Long submissionId) {
    store.markEscalated(submissionId, clock.instant());
  }

  /**
   * The submit page of a task: only for its candidates (the agency's leads, or whoever it was handed to).
   *
   * @throws NotFoundException for anyone else, and for a task that is not an open "Submit quarterly indicators"
   */
  @Transactional(readOnly = true)
  public SubmitForm form(String taskId) {
    IndicatorStore.Submission submission = submissionOfTask(taskId);
    return new SubmitForm(taskId, submission.agency(), submission.quarter(), fields(submission));
  }

  /**
   * Records the agency's figures and completes its task, in one transaction: every figure is checked first and none is
   * saved unless all are right.
   *
   * @param typed the figures by field name ({@code figure-<id>}); any other name is refused with 400
   * @throws FiguresRefused naming every figure that is wrong
   * @throws NotFoundException for anyone but the task's candidates
   */
  @Transactional
  public void submit(String taskId, Map<String, String> typed) {
    String userId = currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
    IndicatorStore.Submission submission = submissionOfTask(taskId);
    List<FigureField> fields = fields(submission);
    Set<String> names = new java.util.HashSet<>();
    fields.forEach(f -> names.add(f.field()));
    for (String name : typed.keySet()) {
      if (!names.contains(name)) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + shorten(name) + "' is not a figure of this form.");
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<Long, BigDecimal> figures = new LinkedHashMap<>();
    for (FigureField field : fields) {
      FigureRules.Result parsed = FigureRules.parse(field.unit(), typed.get(field.field()), field.name());
      if (parsed.problem() != null) {
        problems.add(new Problem(field.field(), parsed.problem()));
      } else {
        figures.put(Long.valueOf(field.field().substring(FIGURE_PREFIX.length())), parsed.value().orElseThrow());
      }
    }
    if (!problems.isEmpty()) {
      throw new FiguresRefused(problems);
    }
    if (!store.submit(submission, figures, userId, clock.instant())) {
      throw new BusinessRuleException("The figures of " + submission.agency() + " for " + submission.quarter()
          + " have already been submitted.");
    }
    // The person may not complete it with variables (its form has no fields); the application completes it for them.
    asSystem.call(() -> {
      taskService.complete(taskId);
      return null;
    });
  }

  /**
   * The latest quarter, up to and including {@code upTo}, for which any figure was submitted: what a quarterly report
   * shows, since on the quarter's first working day the quarter just ended has only just been asked for.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<String> latestReportedQuarter(String upTo) {
    return store.quarters().stream().filter(q -> q.compareTo(upTo) <= 0).reduce((first, second) -> second);
  }

  /** The quarterly report's lines: every active indicator's figure per agency for the quarter and the one before. */
  @Transactional(readOnly = true)
  public List<ReportLine> reportLines(String quarter) {
    String previous = previousQuarter(quarter);
    Map<String, BigDecimal> byKey = new java.util.HashMap<>();
    store.figures(List.of(previous, quarter)).forEach(f -> byKey.put(f.indicatorId() + "|" + f.agencyGroup() + "|" + f.quarter(), f.value()));
    List<ReportLine> lines = new ArrayList<>();
    for (IndicatorStore.Definition d : store.indicators(true)) {
      d.agencies().forEach((group, agency) -> lines.add(new ReportLine(d.name(), d.unit().label(), agency,
          orDash(d.unit(), byKey.get(d.id() + "|" + group + "|" + quarter)),
          orDash(d.unit(), byKey.get(d.id() + "|" + group + "|" + previous)), FigureRules.shown(d.unit(), d.target()))));
    }
    return lines;
  }

  /**
   * Each active indicator's figures over the quarters, per agency the signed-in person may see: every agency for the
   * board, the chairs and plan managers; their own for an agency's people; none for anyone else.
   */
  @Transactional(readOnly = true)
  public List<TrendCharts.Trend> trends() {
    List<String> quarters = store.quarters();
    Map<String, BigDecimal> byKey = new java.util.HashMap<>();
    store.figures(quarters).forEach(f -> byKey.put(f.indicatorId() + "|" + f.agencyGroup() + "|" + f.quarter(), f.value()));
    boolean all = currentUser.oversees();
    List<String> mine = currentUser.id().map(roles::groupIds).orElse(List.of());
    List<TrendCharts.Trend> trends = new ArrayList<>();
    for (IndicatorStore.Definition d : store.indicators(true)) {
      List<TrendCharts.Series> series = new ArrayList<>();
      d.agencies().forEach((group, agency) -> {
        if (all || AgencyGroups.isOf(mine, agency)) {
          List<BigDecimal> values = quarters.stream().map(q -> byKey.get(d.id() + "|" + group + "|" + q)).toList();
          series.add(new TrendCharts.Series(agency, values,
              values.stream().map(v -> v == null ? "Not submitted" : FigureRules.shown(d.unit(), v)).toList()));
        }
      });
      if (!series.isEmpty()) {
        trends.add(TrendCharts.trend(d.id(), d.name(), d.unit(), d.target(), FigureRules.shown(d.unit(), d.target()),
            quarters, series));
      }
    }
    return trends;
  }

  private static String orDash(Unit unit, BigDecimal value) {
    return value == null ? "Not submitted" : FigureRules.shown(unit, value);
  }

  private List<FigureField> fields(IndicatorStore.Submission submission) {
    return store.indicators(true).stream().filter(d -> d.agencies().containsKey(submission.agencyGroup()))
        .map(d -> new FigureField(FIGURE_PREFIX + d.id(), d.name(), d.unit(),
            d.target() == null ? null : FigureRules.shown(d.unit(), d.target())))
        .toList();
  }

  private IndicatorStore.Submission submissionOfTask(String taskId) {
    String userId = currentUser.id().orElse(null);
    NotFoundException notFound = new NotFoundException("There is no task " + shorten(taskId) + " of yours to submit figures for.");
    if (userId == null || taskId == null || taskId.length() > 64) {
      throw notFound;
    }
    Long submissionId = asSystem.call(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).taskDefinitionKey(QuarterlyIndicatorsProcess.Element.SUBMIT)
          .processDefinitionKey(QuarterlyIndicatorsProcess.KEY).singleResult();
      if (task == null) {
        return null;
      }
      List<String> groups = roles.groupIds(userId);
      boolean candidate = taskService.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
          .anyMatch(group -> group != null && groups.contains(group));
      return candidate ? (Long) taskService.getVariable(taskId, QuarterlyIndicatorsProcess.Var.SUBMISSION_ID) : null;
    });
    if (submissionId == null) {
      throw notFound;
    }
    return submission(submissionId);
  }

  private IndicatorStore.Submission submission(Long submissionId) {
    return store.submission(submissionId)
        .orElseThrow(() -> new IllegalStateException("No indicator submission " + submissionId + "."));
  }

  private static String shorten(String text) {
    String shown = text == null ? "" : text.strip();
    return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
  }
}
