package org.reviewactions.challenge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.HistoryKind;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.Review;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.GroupsProperties;
import org.reviewactions.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency challenges: a chair of the monitoring sub-group (or a Camunda administrator) raises a concern about one
 * agency's open actions in a review with a date to respond by, which starts one {@code agency-challenge} process; the
 * process records each step (answered, reminded, accepted, escalated, the board's outcome) here, on the challenge
 * and on the history of every action it is about. The progress report reads the challenges as they stood on a date.
 */
@Service
public class AgencyChallenges {

  public static final String CONCERN_FIELD = "concern";
  public static final String ACTIONS_FIELD = "actionIds";
  public static final String RESPONSE_DATE_FIELD = "responseDate";
  /** Respond to challenge is due at the end of the working day of the response date. */
  private static final LocalTime DUE_AT = LocalTime.of(17, 0);

  /** One open action of an agency a challenge may be about, as the raising page offers it. */
  public record ActionChoice(Long id, String recommendation, String description, String status) {}

  /** What the raising page shows: the review, the agency and the agency's open actions in the review. */
  public record RaiseContext(Long actionId, Long reviewId, String reviewTitle, String reviewReference, String agency,
      List<ActionChoice> actions) {}

  /** One step of a challenge as the report lists it. */
  public record StepLine(String what, String who, LocalDate on, String note) {}

  /**
   * A challenge as it stood at the end of a day: raised (when, by whom), the agency, the concern, the actions, the
   * response date and the steps taken by then, with the response and the outcome if there were any.
   */
  public record ChallengeLine(Long id, LocalDate raisedOn, String raisedBy, String agency, String concern,
      List<String> actions, LocalDate responseDue, ChallengeStatus status, String response, LocalDate respondedOn,
      String outcome, List<StepLine> steps) {}

  private final AgencyChallengeRepository challenges;
  private final ChallengeStepRepository steps;
  private final ActionService actions;
  private final RoleDirectory roles;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final RuntimeService runtimeService;
  private final GroupsProperties groups;
  private final Clock clock;

  AgencyChallenges(AgencyChallengeRepository challenges, ChallengeStepRepository steps, ActionService actions,
      RoleDirectory roles, CurrentUser currentUser, AsSystem asSystem, RuntimeService runtimeService,
      GroupsProperties groups, Clock clock) {
    this.challenges = challenges;
    this.steps = steps;
    this.actions = actions;
    this.roles = roles;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.runtimeService = runtimeService;
    this.groups = groups;
    this.clock = clock;
  }

  /** The signed-in monitoring chair (or Camunda administrator) who may raise a challenge; 403 for anyone else. */
  public String requireChair() {
    return currentUser.requireGroup(groups.monitoring(), Groups.CAMUNDA_ADMIN);
  }

  /**
   * What the raising page offers for the action: its agency's open actions in its review.
   *
   * @throws NotFoundException when there is no such action
   */
  @Transactional(readOnly = true)
  public RaiseContext raiseContext(Long actionId) {
    requireChair();
    Action action = actions.get(actionId);
    Review review = actions.recommendationOf(action).getReview();
    List<ActionChoice> open = actions.forReview(review.getId()).stream()
        .filter(a -> a.getAgency().equals(action.getAgency()) && !a.getStatus().ended())
        .map(a -> new ActionChoice(a.getId(), actions.recommendationOf(a).getNumber(), a.getDescription(),
            a.getStatus().label()))
        .toList();
    return new RaiseContext(actionId, review.getId(), review.getTitle(), review.getReference(), action.getAgency(), open);
  }

  /**
   * Raises a challenge: a monitoring chair only. The actions must be open actions of one agency in one review.
   *
   * @param typedResponseDate the date to respond by as day/month/year, after today
   * @return the new challenge's id
   * @throws BusinessRuleException naming the field when the concern is missing or too long, no action is ticked,
   *     the actions are of two agencies or reviews or one has ended, or the date is missing, not a date or not future
   * @throws NotFoundException when an action does not exist
   */
  @Transactional
  public Long raise(Collection<Long> actionIds, String concern, String typedResponseDate) {
    String chair = requireChair();
    String text = text(concern, CONCERN_FIELD, "Concern", "Write the concern the agency is asked to respond to.");
    if (actionIds == null || actionIds.isEmpty() || actionIds.stream().anyMatch(java.util.Objects::isNull)) {
      throw new BusinessRuleException(ACTIONS_FIELD, "Actions: tick at least one action the concern is about.");
    }
    Set<Long> ids = new LinkedHashSet<>(actionIds);
    if (ids.size() > 200) {
      throw new BusinessRuleException(ACTIONS_FIELD, "Actions: at most 200 actions can be named in one challenge.");
    }
    List<Action> concerned = ids.stream().map(actions::get).toList();
    Action first = concerned.get(0);
    Review review = actions.recommendationOf(first).getReview();
    for (Action action : concerned) {
      if (!action.getAgency().equals(first.getAgency())) {
        throw new BusinessRuleException(ACTIONS_FIELD, "Actions: a challenge is about one agency's actions; action "
            + action.getId() + " is " + action.getAgency() + "'s, not " + first.getAgency() + "'s.");
      }
      if (!actions.recommendationOf(action).getReview().getId().equals(review.getId())) {
        throw new BusinessRuleException(ACTIONS_FIELD, "Actions: a challenge is about actions of one review; action "
            + action.getId() + " belongs to another review than " + review.getReference() + ".");
      }
      if (action.getStatus().ended()) {
        throw new BusinessRuleException(ACTIONS_FIELD, "Actions: action " + action.getId() + " is "
            + action.getStatus().label().toLowerCase(java.util.Locale.UK) + "; only open actions can be challenged.");
      }
    }
    LocalDate due = responseDate(typedResponseDate);
    Instant now = clock.instant();
    AgencyChallenge challenge = challenges.save(new AgencyChallenge(review.getId(), first.getAgency(), text, due, ids,
        chair, now));
    record(challenge, ChallengeStepKind.RAISED, chair, "Concern raised, response due by " + FormDates.shown(due)
        + ": " + text);
    challenge.setProcessInstanceId(start(review, challenge, concerned));
    return challenge.getId();
  }

  private String start(Review review, AgencyChallenge challenge, List<Action> concerned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CHALLENGE_ID, challenge.getId());
    variables.put(Var.AGENCY, challenge.getAgency());
    variables.put(Var.REVIEW_REF, review.getReference());
    variables.put(Var.DEFAULT_CHAIR_GROUP, groups.monitoring());
    variables.put(Var.DEFAULT_BOARD_GROUP, groups.board());
    variables.put(Var.RESPONSE_DUE, Date.from(ZonedDateTime.of(challenge.getResponseDue(), DUE_AT, clock.getZone()).toInstant()));
    variables.put(Var.CTX_REVIEW, review.getTitle() + " (" + review.getReference() + ")");
    variables.put(Var.CTX_AGENCY, challenge.getAgency());
    variables.put(Var.CTX_CONCERN, challenge.getConcern());
    variables.put(Var.CTX_ACTIONS, abbreviate(concerned.stream().map(this::label).collect(Collectors.joining("\n")), 3_900));
    variables.put(Var.CTX_RESPONSE_DUE, FormDates.shown(challenge.getResponseDue()));
    String leads = AgencyGroups.leadsGroup(challenge.getAgency());
    String businessKey = review.getReference() + "/challenge/" + challenge.getId();
    // The chair raised it, the application starts it: people start no process themselves (UserCommandGuard).
    return asSystem.call(() -> {
      variables.put(Var.CTX_RAISED_BY, roles.displayName(challenge.getRaisedBy()));
      roles.ensureAgencyGroups(challenge.getAgency());
      variables.put(Var.RESPONDING_GROUPS, roles.members(leads).isEmpty() ? leads + "," + groups.planManagers() : leads);
      return runtimeService.startProcessInstanceByKey(AgencyChallengeProcess.KEY, businessKey, variables).getId();
    });
  }

  private LocalDate responseDate(String typed) {
    String label = "Response date";
    if (typed == null || typed.isBlank() || typed.replace("/", "").isBlank()) {
      throw new BusinessRuleException(RESPONSE_DATE_FIELD, label + ": enter the date the agency should respond by. "
          + FormDates.HOW_TO_TYPE);
    }
    LocalDate date = FormDates.parse(typed, label);
    if (!date.isAfter(LocalDate.now(clock))) {
      throw new BusinessRuleException(RESPONSE_DATE_FIELD, label + ": " + FormDates.shown(date)
          + " is not in the future; give the agency until a later date.");
    }
    return date;
  }

  /** The leads' response, from Respond to challenge: now waiting for the chair. */
  @Transactional
  public void recordResponse(Long challengeId, String response, String actor) {
    String text = text(response, Var.RESPONSE, "Response", "Write the agency's response to the concern.");
    AgencyChallenge challenge = get(challengeId);
    record(challenge, ChallengeStepKind.ANSWERED, actor, text);
  }

  /** The response date passed with no response: the leads are reminded; recorded once. */
  @Transactional
  public void recordReminder(Long challengeId) {
    if (!steps.existsByChallengeIdAndStep(challengeId, ChallengeStepKind.REMINDED)) {
      record(get(challengeId), ChallengeStepKind.REMINDED, null, null);
    }
  }

  /** Still no response some working days after the response date: the challenge goes to the board. */
  @Transactional
  public void recordUnanswered(Long challengeId) {
    AgencyChallenge challenge = get(challengeId);
    record(challenge, ChallengeStepKind.UNANSWERED, null, "No response by " + FormDates.shown(challenge.getResponseDue())
        + ": taken to the board.");
  }

  /** The chair accepts the response, or escalates it to the board with a reason, which is then required. */
  @Transactional
  public void recordDecision(Long challengeId, boolean accepted, String reason, String actor) {
    AgencyChallenge challenge = get(challengeId);
    if (challenge.getStatus() != ChallengeStatus.ANSWERED) {
      throw new BusinessRuleException("Only a response waiting for the chair can be accepted or escalated.");
    }
    if (accepted) {
      record(challenge, ChallengeStepKind.ACCEPTED, actor, null);
      return;
    }
    record(challenge, ChallengeStepKind.ESCALATED, actor, text(reason, Var.ESCALATION_REASON, "Reason",
        "Say why the response goes to the board: an escalation needs a reason."));
  }

  /** The board's outcome of an escalated challenge; ends it. */
  @Transactional
  public void recordOutcome(Long challengeId, String outcome, String actor) {
    AgencyChallenge challenge = get(challengeId);
    if (challenge.getStatus() != ChallengeStatus.ESCALATED) {
      throw new BusinessRuleException("Only a challenge with the board can be given the board's outcome.");
    }
    record(challenge, ChallengeStepKind.CONSIDERED, actor, text(outcome, Var.BOARD_OUTCOME, "Outcome",
        "Record the board's outcome, as the minutes would."));
  }

  /** The review, the agency, the concern and the response date of a challenge, for its e-mails. */
  @Transactional(readOnly = true)
  public Map<String, Object> mailModel(Long challengeId) {
    AgencyChallenge challenge = get(challengeId);
    Review review = actions.recommendationOf(actions.get(challenge.getActionIds().iterator().next())).getReview();
    Map<String, Object> model = new HashMap<>();
    model.put("reviewTitle", review.getTitle());
    model.put("reviewRef", review.getReference());
    model.put("board", review.getBoard());
    model.put("agency", challenge.getAgency());
    model.put("concern", challenge.getConcern());
    model.put("responseDue", FormDates.shown(challenge.getResponseDue()));
    return model;
  }

  /**
   * The review's challenges as they stood at the end of the day, oldest first: those raised by then, with the steps
   * taken by then. For the progress report, whose own rule decides who reads it.
   */
  @Transactional(readOnly = true)
  public List<ChallengeLine> asAt(Long reviewId, LocalDate day) {
    Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    List<AgencyChallenge> raised = challenges.findByReviewIdAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(reviewId, end);
    if (raised.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ChallengeStep>> byChallenge = new LinkedHashMap<>();
    steps.findByChallengeIdInOrderByHappenedAtAscIdAsc(raised.stream().map(AgencyChallenge::getId).toList()).stream()
        .filter(step -> step.getHappenedAt().isBefore(end))
        .forEach(step -> byChallenge.computeIfAbsent(step.getChallengeId(), id -> new ArrayList<>()).add(step));
    Map<String, String> names = new HashMap<>();
    List<ChallengeLine> lines = new ArrayList<>();
    for (AgencyChallenge challenge : raised) {
      ChallengeStatus status = ChallengeStatus.RAISED;
      String response = null;
      LocalDate respondedOn = null;
      String outcome = null;
      List<StepLine> stepLines = new ArrayList<>();
      for (ChallengeStep step : byChallenge.getOrDefault(challenge.getId(), List.of())) {
        LocalDate on = LocalDate.ofInstant(step.getHappenedAt(), clock.getZone());
        if (step.getStep().leaves() != null) {
          status = step.getStep().leaves();
        }
        switch (step.getStep()) {
          case ANSWERED -> {
            response = step.getNote();
            respondedOn = on;
          }
          case ACCEPTED -> outcome = "Response accepted by " + name(names, step.getActor()) + ".";
          case ESCALATED -> outcome = "Escalated to the board by " + name(names, step.getActor()) + ": " + step.getNote();
          case UNANSWERED -> outcome = step.getNote();
          case CONSIDERED -> outcome = "Board outcome: " + step.getNote();
          default -> { }
        }
        if (step.getStep() != ChallengeStepKind.RAISED) {
          stepLines.add(new StepLine(step.getStep().label(), name(names, step.getActor()), on, step.getNote()));
        }
      }
      lines.add(new ChallengeLine(challenge.getId(), LocalDate.ofInstant(challenge.getRaisedAt(), clock.getZone()),
          name(names, challenge.getRaisedBy()), challenge.getAgency(), challenge.getConcern(),
          challenge.getActionIds().stream().map(id -> label(actions.get(id))).toList(), challenge.getResponseDue(),
          status, response, respondedOn, outcome, stepLines));
    }
    return lines;
  }

  private void record(AgencyChallenge challenge, ChallengeStepKind kind, String actor, String note) {
    Instant now = clock.instant();
    steps.save(new ChallengeStep(challenge.getId(), kind, actor, now, note));
    if (kind.leaves() != null) {
      challenge.setStatus(kind.leaves());
    }
    String line = historyLine(challenge, kind, note);
    for (Long actionId : challenge.getActionIds()) {
      actions.addHistory(actionId, actor, historyKind(kind), line);
    }
  }

  private static String historyLine(AgencyChallenge challenge, ChallengeStepKind kind, String note) {
    String prefix = "Challenge " + challenge.getId() + " to " + challenge.getAgency() + ": ";
    return switch (kind) {
      case RAISED -> prefix + note;
      case REMINDED -> prefix + "the response date " + FormDates.shown(challenge.getResponseDue())
          + " passed without a response; the agency's leads were reminded.";
      case ANSWERED -> prefix + "the agency responded: " + note;
      case ACCEPTED -> prefix + "the chair accepted the agency's response.";
      case ESCALATED -> prefix + "the chair escalated the response to the board: " + note;
      case UNANSWERED -> prefix + note;
      case CONSIDERED -> prefix + "the board's outcome: " + note;
    };
  }

  private static HistoryKind historyKind(ChallengeStepKind kind) {
    return switch (kind) {
      case RAISED -> HistoryKind.CHALLENGE_RAISED;
      case REMINDED -> HistoryKind.CHALLENGE_REMINDED;
      case ANSWERED -> HistoryKind.CHALLENGE_ANSWERED;
      case ACCEPTED -> HistoryKind.CHALLENGE_ACCEPTED;
      case ESCALATED, UNANSWERED -> HistoryKind.CHALLENGE_ESCALATED;
      case CONSIDERED -> HistoryKind.CHALLENGE_OUTCOME;
    };
  }

  private String label(Action action) {
    return "Recommendation " + actions.recommendationOf(action).getNumber() + ": " + action.getDescription();
  }

  private String name(Map<String, String> names, String userId) {
    return userId == null ? "Review Action Tracker"
        : names.computeIfAbsent(userId, id -> asSystem.call(() -> roles.displayName(id)));
  }

  private static String text(String value, String field, String label, String missing) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(field, label + ": " + missing);
    }
    if (value.length() > AgencyChallenge.MAX_TEXT) {
      throw new BusinessRuleException(field, label + ": it has " + value.length() + " characters; at most "
          + String.format(java.util.Locale.UK, "%,d", AgencyChallenge.MAX_TEXT) + " are kept.");
    }
    return value.strip();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private AgencyChallenge get(Long challengeId) {
    return challenges.findById(challengeId)
        .orElseThrow(() -> new IllegalStateException("No agency challenge " + challengeId + "."));
  }
}
