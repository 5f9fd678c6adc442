package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plan managers' changes to a live plan, as the running processes take them: corrected dates re-plan the action
 * (also out of a lapse), a withdrawn action ends with its tasks while its recommendation carries on, a new
 * responsible role moves the work (no agency holds a grant on the action's process), an added action keeps its recommendation from
 * being confirmed until it ends, and edited text reaches the open tasks.
 */
class PlanChangesProcessTest extends ProcessTestSupport {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

  @Autowired PlanChanges changes;

  private TestPlan plan;

  private Action importWithHolder(String... timescales) {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    plan = TestPlan.plan().published("2026-01-15");
    for (int i = 0; i < timescales.length; i++) {
      plan.action("1", "Share information about dangerous adults", "Set up the shared register " + (i + 1), timescales[i],
          TestPeople.ROLE_WITH_HOLDER, agency);
    }
    importPlan(plan);
    return actionsOf(recommendation()).get(0);
  }

  private Recommendation recommendation() {
    return recommendationsOf(plan).get(0);
  }

  private Action lapsed() {
    ClockUtil.setCurrentTime(Date.from(MARCH));
    Action action = importWithHolder("by January 2026");
    assertThat(executeJobs(action.getProcessInstanceId())).as("imported past its due date, it lapses at once").isEqualTo(1);
    assertThat(processOf(action)).isWaitingAt(Element.DELIVER_ACTION, Element.DECIDE_LAPSED_ACTION);
    return actions.get(action.getId());
  }

  private void submitEvidence(Action action) {
    Task deliver = openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Done",
        Var.EVIDENCE_REFERENCES, "Audit report"));
  }

  private void complete(Action action) {
    submitEvidence(action);
    completeAs(TestPeople.CHAIR, openTask(action.getProcessInstanceId(), Element.VERIFY_EVIDENCE),
        Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
  }

  private static LocalDate day(Date date) {
    return date.toInstant().atZone(LONDON).toLocalDate();
  }

  private HistoryEntry last(Action action, HistoryKind kind) {
    return actions.history(action.getId()).stream().filter(h -> h.getKind().equals(kind.name())).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + kind + " entry"));
  }

  @Test
  void datesCorrectedWhileDeliveringReplanTheDeliverTaskRemindersAndLapse() {
    Action action = importWithHolder("by March 2027");
    ProcessInstance pi = processOf(action);
    Instant lapseBefore = timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant();

    changes.correctDates(action.getId(), "1/12/2026", "30/06/2027", "  The board agreed a later date at its meeting  ",
        TestPeople.PLANNER);

    assertThat(pi).hasPassed(Element.PLAN_CORRECTED).isWaitingAt(Element.DELIVER_ACTION);
    Action corrected = actions.get(action.getId());
    assertThat(corrected.getDueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(corrected.getStartDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(deliver).isAssignedTo(TestPeople.OWNER);
    assertThat(day(deliver.getDueDate())).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(taskService.getVariableLocal(deliver.getId(), TaskContext.DUE_DATE)).isEqualTo("30 June 2027");
    Instant lapseAfter = timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant();
    assertThat(lapseAfter).isAfter(lapseBefore);
    assertThat(lapseAfter.atZone(LONDON).toLocalDate()).isAfter(LocalDate.of(2027, 6, 30));
    assertThat(day(timer(pi.getId(), Element.REMINDER_DUE).getDuedate())).isBefore(LocalDate.of(2027, 6, 30))
        .isAfter(LocalDate.of(2027, 3, 31));
    HistoryEntry entry = last(action, HistoryKind.DATES_CORRECTED);
    assertThat(entry.getActor()).isEqualTo(TestPeople.PLANNER);
    assertThat(entry.getText()).contains("Paul Planner").contains("30 June 2027").contains("31 March 2027")
        .contains("Reason: The board agreed a later date at its meeting").doesNotContain("  The board");
  }

  @Test
  void aLapsedActionWhoseDueDateIsCorrectedIntoTheFutureGoesBackToDelivery() {
    Action action = lapsed();
    ProcessInstance pi = processOf(action);
    assertThat(action.getStatus()).isEqualTo(ActionStatus.LAPSED);

    assertThatThrownBy(() -> changes.correctDates(action.getId(), null, "27/02/2026", "typo", TestPeople.PLANNER))
        .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("in the past");
    assertThatThrownBy(() -> changes.correctDates(action.getId(), "1/7/2026", "30/06/2026", "typo", TestPeople.PLANNER))
        .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("before the start date");
    changes.correctDates(action.getId(), null, "30/06/2026", "The plan said June", TestPeople.PLANNER);

    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION)).as("the lapse path is left").isNull();
    Action back = actions.get(action.getId());
    assertThat(back.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(back.getLapsedAt()).isNull();
    assertThat(actions.rag(back)).isNotEqualTo(Rag.RED);
    assertThat(timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant()).isAfter(Instant.parse("2026-06-30T00:00:00Z"));
  }

  @Test
  void aWithdrawnActionEndsWithItsTasksAndItsRecommendationCarriesOn() {
    Action action = importWithHolder("by March 2027", "by April 2027");
    Action other = actionsOf(recommendation()).get(1);
    ProcessInstance pi = processOf(action);
    ProcessInstance rec = processOf(recommendation());

    changes.withdraw(action.getId(), "Duplicates action 2", TestPeople.PLANNER);

    assertThat(pi).hasPassed(Element.WITHDRAWAL_REQUESTED, Element.END_WITHDRAWN).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    Action withdrawn = actions.get(action.getId());
    assertThat(withdrawn.getStatus()).isEqualTo(ActionStatus.WITHDRAWN);
    assertThat(actions.rag(withdrawn)).isEqualTo(Rag.WITHDRAWN);
    assertThat(last(action, HistoryKind.WITHDRAWN).getText()).contains("Duplicates action 2").contains("In progress");
    assertThatThrownBy(() -> changes.withdraw(action.getId(), "again", TestPeople.PLANNER))
        .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("withdrawn");

    assertThat(rec).isWaitingAt(RecommendationProcess.Element.RUN_ACTIONS);
    complete(other);
    assertThat(rec).isWaitingAt(RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    assertThatThrownBy(() -> changes.withdraw(other.getId(), "too late", TestPeople.PLANNER))
        .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("complete");
  }

  @Test
  void anActionWithdrawnWhileItsEvidenceAwaitsVerificationLosesTheVerification() {
    Action action = importWithHolder("by March 2027");
    submitEvidence(action);
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.VERIFY_EVIDENCE);
    assertThatThrownBy(() -> changes.correctDates(action.getId(), null, "30/06/2027", "later", TestPeople.PLANNER))
        .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("awaits verification");

    changes.withdraw(action.getId(), "The agency merged", TestPeople.PLANNER);

    assertThat(pi).hasPassed(Element.END_WITHDRAWN).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.WITHDRAWN);
  }

  @Test
  void aNewRoleInAnotherAgencyTakesTheOpenDeliverTaskAndNeitherAgencyReadsTheProcessThroughTheEngine() {
    Action action = importWithHolder("by March 2027");
    String otherAgency = agency + " Health";
    TestPeople.holder(roles, "Designated Nurse", otherAgency, TestPeople.OTHER_OWNER);
    ProcessInstance pi = processOf(action);
    List<String> oldGroup = List.of(AgencyGroups.agencyGroup(agency));
    List<String> newGroup = List.of(AgencyGroups.agencyGroup(otherAgency));
    var auth = engine.getAuthorizationService();
    assertThat(auth.isUserAuthorized("someone", oldGroup, Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();

    changes.changeResponsible(action.getId(), "Designated Nurse", otherAgency, "The health board took it over",
        TestPeople.PLANNER);

    Action moved = actions.get(action.getId());
    assertThat(moved.getAgency()).isEqualTo(otherAgency);
    assertThat(moved.getResponsible()).isEqualTo("Designated Nurse");
    assertThat(moved.getOwnerUserId()).isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(openTask(pi.getId(), Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OTHER_OWNER);
    assertThat(runtimeService.getVariable(pi.getId(), Var.OWNER_ID)).isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKeyLike("action:" + action.getId() + ":assignment:responsible-changed:%").count())
        .as("the new owner is e-mailed").isEqualTo(1);
    assertThat(auth.isUserAuthorized("someone", oldGroup, Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();
    assertThat(auth.isUserAuthorized("someone", oldGroup, HistoricProcessInstancePermissions.READ, Resources.HISTORIC_PROCESS_INSTANCE, pi.getId())).isFalse();
    assertThat(auth.isUserAuthorized("someone", newGroup, Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();
    assertThat(auth.isUserAuthorized("someone", newGroup, HistoricProcessInstancePermissions.READ, Resources.HISTORIC_PROCESS_INSTANCE, pi.getId())).isFalse();
    // The task moved with the action, and its grant with it: the new owner works on it.
    identityService.setAuthentication(TestPeople.OTHER_OWNER, roles.groupIds(TestPeople.OTHER_OWNER));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee(TestPeople.OTHER_OWNER).count()).isOne();
    identityService.clearAuthentication();
    assertThat(last(action, HistoryKind.RESPONSIBLE_CHANGED).getText()).contains(TestPeople.ROLE_WITH_HOLDER)
        .contains("Designated Nurse").contains("Oscar Other").contains("The health board took it over");
  }

  @Test
  void aNewRoleWithoutAHolderSendsTheActionToTheNewAgencysLeads() {
    Action action = importWithHolder("by March 2027");
    String otherAgency = agency + " Police";
    roles.ensureAgencyGroups(otherAgency);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(otherAgency));
    ProcessInstance pi = processOf(action);

    changes.changeResponsible(action.getId(), "Detective Inspector", otherAgency, "Police lead it now", TestPeople.PLANNER);

    assertThat(pi).hasPassed(Element.PLAN_CORRECTED).isWaitingAt(Element.NOMINATE_OWNER);
    assertThat(openTask(pi.getId(), Element.DELIVER_ACTION)).isNull();
    assertThat(openTask(pi.getId(), Element.NOMINATE_OWNER)).hasCandidateGroup(AgencyGroups.leadsGroup(otherAgency));
    Action moved = actions.get(action.getId());
    assertThat(moved.getOwnerUserId()).isNull();
    assertThat(moved.getStatus()).isEqualTo(ActionStatus.AWAITING_OWNER);
  }

  @Test
  void anActionAddedToARunningRecommendationKeepsItFromBeingConfirmedUntilItEnds() {
    Action first = importWithHolder("by March 2027");
    Recommendation rec = recommendation();
    ProcessInstance recProcess = processOf(rec);

    Action added = changes.addAction(rec.getId(), "Audit the register after six months", agency, TestPeople.ROLE_WITH_HOLDER,
        "by June 2027", "The board asked for an audit", TestPeople.PLANNER);

    Action started = actions.get(added.getId());
    assertThat(started.getProcessInstanceId()).isNotNull();
    assertThat(openTask(started.getProcessInstanceId(), Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OWNER);
    assertThat(last(added, HistoryKind.ACTION_ADDED).getText()).contains("The board asked for an audit");
    assertThat(actionsOf(rec)).hasSize(2);

    complete(first);
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.RUN_ACTIONS);
    assertThat(openTask(recProcess.getId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED)).isNull();
    complete(started);
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
  }

  @Test
  void anActionAddedWhileTheConfirmationWaitsWithdrawsItUntilTheActionEnds() {
    Action first = importWithHolder("by March 2027");
    Recommendation rec = recommendation();
    ProcessInstance recProcess = processOf(rec);
    complete(first);
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.CONFIRM_IMPLEMENTED);

    Action added = actions.get(changes.addAction(rec.getId(), "Audit again", agency, TestPeople.ROLE_WITH_HOLDER,
        "by June 2027", "One more audit", TestPeople.PLANNER).getId());

    assertThat(openTask(recProcess.getId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED)).isNull();
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.RUN_ACTIONS);
    complete(added);
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    completeAs(TestPeople.CHAIR, openTask(recProcess.getId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED),
        Map.of(RecommendationProcess.Var.DECISION, RecommendationProcess.Value.IMPLEMENTED));
    assertThat(recProcess).isWaitingAt(RecommendationProcess.Element.IMPACT_CHECK_DUE);

    assertThatThrownBy(() -> changes.addAction(rec.getId(), "Too late", agency, TestPeople.ROLE_WITH_HOLDER, "by June 2027",
        "after the fact", TestPeople.PLANNER)).isInstanceOf(PlanChangeRefused.class).hasMessageContaining("implemented");
    assertThat(actionsOf(rec)).as("nothing half-saved").hasSize(2);
  }

  @Test
  void editedTextReachesTheOpenTasksAndTheHistory() {
    Action action = importWithHolder("by March 2027");
    String pi = action.getProcessInstanceId();

    changes.editText(action.getId(), "Set up and audit the shared register", "Wording agreed with the board", TestPeople.PLANNER);

    assertThat(actions.get(action.getId()).getDescription()).isEqualTo("Set up and audit the shared register");
    Task deliver = openTask(pi, Element.DELIVER_ACTION);
    assertThat(deliver.getDescription()).isEqualTo("Set up and audit the shared register");
    assertThat(deliver.getName()).endsWith("Set up and audit the shared register").startsWith("Deliver action");
    assertThat(formValue(deliver.getId(), TaskContext.ACTION_DESCRIPTION))
        .isEqualTo("Set up and audit the shared register");
    assertThat((String) formValue(deliver.getId(), TaskContext.HISTORY)).contains("Wording agreed with the board");
    assertThat(last(action, HistoryKind.TEXT_EDITED).getText()).contains("Set up the shared register 1")
        .contains("Set up and audit the shared register");
  }
}
