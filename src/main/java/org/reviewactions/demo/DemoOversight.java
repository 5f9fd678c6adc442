package org.reviewactions.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.challenge.AgencyChallenges;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.indicator.Indicators;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Component;

/**
 * The demo's oversight, after the plans' work: quarterly indicators the agencies' leads submitted for the two quarters
 * before today's, and a chair's challenge to a Kingston agency about its lapsed actions, waiting for the agency's lead.
 * Done through the services people use, as the people who would do it, so the data is what real use records.
 */
@Component
class DemoOversight {

  static final String INDICATORS = "indicators defined";
  static final String FIGURES = "indicator figures ";
  static final String CHALLENGE = "challenge SCR-BABY-A";
  static final String TRAINING = "Staff completing safeguarding training (%)";
  static final String REFERRALS = "Referrals to children's social care (count)";
  static final String AUDIT = "Multi-agency audit completed (yes/no)";
  static final String CHALLENGED_REVIEW = "SCR-BABY-A";
  /** The Kingston agencies kingston.lead leads, in the order the demo looks for one with lapsed actions. */
  static final List<String> KINGSTON_AGENCIES = List.of("Kingston Police", "RBK Children's Services", "Kingston PCT");

  /** Figures per indicator and agency: the older quarter's, then the quarter just ended's. Kingston Police is below target. */
  private static final Map<String, Map<String, String[]>> FIGURES_BY_INDICATOR = Map.of(
      TRAINING, Map.of("RBK Children's Services", new String[] {"84", "88"}, "Kingston Police", new String[] {"76", "81"},
          "Oxford Health", new String[] {"91", "94"}, "Buckinghamshire Healthcare NHS Trust", new String[] {"88", "92"}),
      REFERRALS, Map.of("Kingston Police", new String[] {"142", "158"}, "Oxford Health", new String[] {"67", "59"},
          "Buckinghamshire Healthcare NHS Trust", new String[] {"96", "104"}),
      AUDIT, Map.of("RBK Children's Services", new String[] {"yes", "yes"},
          "BCC Children and Family Services", new String[] {"no", "yes"}));

  private final Indicators indicators;
  private final AgencyChallenges challenges;
  private final RecommendationService recommendations;
  private final ActionService actions;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RoleDirectory roles;
  private final DemoWork work;
  private final Clock clock;

  DemoOversight(Indicators indicators, AgencyChallenges challenges, RecommendationService recommendations,
      ActionService actions, RuntimeService runtime, TaskService tasks, IdentityService identity, RoleDirectory roles,
      DemoWork work, Clock clock) {
    this.indicators = indicators;
    this.challenges = challenges;
    this.recommendations = recommendations;
    this.actions = actions;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.roles = roles;
    this.work = work;
    this.clock = clock;
  }

  /** Each part is a step of its own, so an existing demo gets what it lacks and a killed load resumes. */
  void progress(DemoSteps steps) {
    steps.run(INDICATORS, this::defineIndicators);
    String justEnded = Indicators.previousQuarter(Indicators.quarterOf(LocalDate.now(clock)));
    for (String quarter : List.of(Indicators.previousQuarter(justEnded), justEnded)) {
      steps.run(FIGURES + quarter, () -> submitFigures(quarter, quarter.equals(justEnded) ? 1 : 0));
    }
    steps.run(CHALLENGE, this::raiseChallenge);
  }

  private void defineIndicators() {
    as(DemoWork.PLAN_MANAGER, () -> {
      for (String name : List.of(TRAINING, REFERRALS, AUDIT)) {
        String unit = name.equals(TRAINING) ? "PERCENTAGE" : name.equals(REFERRALS) ? "COUNT" : "YES_NO";
        indicators.define(name, unit, new ArrayList<>(new java.util.TreeSet<>(FIGURES_BY_INDICATOR.get(name).keySet())),
            null, name.equals(TRAINING) ? "90" : null);
      }
    });
  }

  /**
   * Asks the agencies for the quarter as the plan manager's button does (naming the quarter, which the process accepts
   * at its start), then each agency's lead submits its figures on the task, as on the submit page.
   */
  private void submitFigures(String quarter, int which) {
    runtime.createMessageCorrelation(QuarterlyIndicatorsProcess.REQUESTED_MESSAGE)
        .setVariable(QuarterlyIndicatorsProcess.Var.QUARTER, quarter)
        .setVariable(QuarterlyIndicatorsProcess.Var.REQUESTED_BY, DemoWork.PLAN_MANAGER).correlateStartMessage();
    Map<String, Long> ids = new HashMap<>();
    indicators.all().forEach(i -> ids.put(i.name(), i.id()));
    for (Task task : tasks.createTaskQuery().processDefinitionKey(QuarterlyIndicatorsProcess.KEY)
        .taskDefinitionKey(QuarterlyIndicatorsProcess.Element.SUBMIT).taskVariableValueEquals(
            QuarterlyIndicatorsProcess.Var.CTX_QUARTER, quarter).list()) {
      String agency = (String) tasks.getVariableLocal(task.getId(), QuarterlyIndicatorsProcess.Var.CTX_AGENCY);
      Map<String, String> typed = new HashMap<>();
      FIGURES_BY_INDICATOR.forEach((name, byAgency) -> {
        if (byAgency.containsKey(agency) && ids.containsKey(name)) {
          typed.put(Indicators.FIGURE_PREFIX + ids.get(name), byAgency.get(agency)[which]);
        }
      });
      as(work.leadOf(task), () -> indicators.submit(task.getId(), typed));
    }
  }

  /** The chair challenges the first Kingston agency with lapsed open actions in Baby A; its lead answers in Tasklist. */
  private void raiseChallenge() {
    List<Recommendation> recs = recommendations.forReview(CHALLENGED_REVIEW);
    if (recs.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    List<Action> open = actions.forReview(recs.get(0).getReview().getId()).stream()
        .filter(a -> !a.getStatus().ended() && a.getDueDate() != null && a.getDueDate().isBefore(today)).toList();
    for (String agency : KINGSTON_AGENCIES) {
      List<Long> lapsed = open.stream().filter(a -> agency.equals(a.getAgency())).map(Action::getId).limit(5).toList();
      if (!lapsed.isEmpty()) {
        as(DemoWork.CHAIR, () -> challenges.raise(lapsed, "These actions are past their due dates with no evidence "
            + "submitted. Tell the sub-group what is delaying them, what has been done so far and when each will be "
            + "completed.", FormDates.typed(today.plusWeeks(2))));
        return;
      }
    }
  }

  private void as(String userId, Runnable call) {
    identity.setAuthentication(userId, roles.groupIds(userId));
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
