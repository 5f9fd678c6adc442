package org.reviewactions.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.challenge.AgencyChallengeProcess.Element;
import org.reviewactions.challenge.AgencyChallengeProcess.Value;
import org.reviewactions.challenge.AgencyChallengeProcess.Var;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.TestPeople;

/** Every path of processes/agency-challenge.bpmn, and what a lead, chair or board member may not slip into a task. */
class AgencyChallengeProcessTest extends ChallengeTestSupport {

  private static final String CONCERN = "Progress on the register has stalled since the summer.";

  @BeforeEach
  void review() {
    reviewWithTwoAgencies();
  }

  @Test
  void anAnsweredChallengeAcceptedByTheChairIsRecordedOnEachActionAndEnds() {
    Long id = raise("4/12/2026", CONCERN, actionA1.getId(), actionA2.getId());
    String pid = pidOf(id);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo(reviewRef + "/challenge/" + id);

    Task respond = task(pid, Element.RESPOND);
    assertThat(respond.getName()).isEqualTo("Respond to challenge");
    assertThat(taskService.getIdentityLinksForTask(respond.getId())).extracting(l -> l.getGroupId())
        .containsExactly(AgencyGroups.leadsGroup(agencyA));
    assertThat(respond.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
    assertThat(taskService.getVariable(respond.getId(), Var.CTX_ACTIONS).toString())
        .contains("Set up the shared register", "Audit the referral pathway").doesNotContain("escalation policy");
    sendNotifications();
    assertThat(mails(AgencyChallengeProcess.WAITING_MAIL, id)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .containsExactly(LEAD_A + "@example.org [" + reviewTitle + "] Challenge to respond to: " + agencyA);

    respond(LEAD_A, pid, "The register went live on 1 December.");
    Task review = task(pid, Element.REVIEW_RESPONSE);
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .containsExactly("subgroup-chairs");
    // Ten working days from Monday 30 November 2026 at 09:00 (rat.deadlines.review-challenge-response).
    assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-14T09:00:00Z"));
    sendNotifications();
    assertThat(mails(AgencyChallengeProcess.WAITING_MAIL, id)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .contains(TestPeople.CHAIR + "@example.org [" + reviewTitle + "] Challenge response to review: " + agencyA);
    decide(pid, Value.ACCEPT, null);

    assertThat(processOf(id)).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.END_ACCEPTED).count()).isEqualTo(1);
    for (var action : List.of(actionA1, actionA2)) {
      assertThat(historyKinds(action)).containsExactly("CHALLENGE_RAISED", "CHALLENGE_ANSWERED", "CHALLENGE_ACCEPTED");
    }
    assertThat(historyKinds(actionB)).isEmpty();
    assertThat(actions.history(actionA1.getId())).extracting(h -> h.getText())
        .anySatisfy(text -> assertThat(text).contains("the agency responded: The register went live on 1 December."));

    var line = challenges.asAt(reviewId, LocalDate.of(2026, 11, 30)).get(0);
    assertThat(line.status()).isEqualTo(ChallengeStatus.ACCEPTED);
    assertThat(line.raisedBy()).isEqualTo("Chloe Chair");
    assertThat(line.response()).isEqualTo("The register went live on 1 December.");
    assertThat(line.outcome()).isEqualTo("Response accepted by Chloe Chair.");
    assertThat(line.actions()).containsExactly("Recommendation 1: Set up the shared register",
        "Recommendation 2: Audit the referral pathway");
  }

  @Test
  void anAnsweredChallengeEscalatedWithAReasonGoesToTheBoardWhoseOutcomeEndsIt() {
    Long id = raise("4/12/2026", CONCERN, actionA1.getId());
    String pid = pidOf(id);
    respond(LEAD_A, pid, "We are recruiting.");

    assertThatThrownBy(() -> decide(pid, Value.ESCALATE, " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("an escalation needs a reason");
    assertThat(task(pid, Element.REVIEW_RESPONSE)).isNotNull();

    decide(pid, Value.ESCALATE, "No dates given for the recruitment.");
    Task consider = task(pid, Element.CONSIDER);
    assertThat(taskService.getIdentityLinksForTask(consider.getId())).extracting(l -> l.getGroupId()).containsExactly("board");
    assertThat(taskService.getVariable(consider.getId(), Var.ESCALATION_REASON)).isEqualTo("No dates given for the recruitment.");
    sendNotifications();
    assertThat(mails(AgencyChallengeProcess.WAITING_MAIL, id)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .contains(TestPeople.BOARD + "@example.org [" + reviewTitle + "] Challenge escalated to the board: " + agencyA);

    assertThatThrownBy(() -> outcome(pid, ""))
        .isInstanceOf(FormFieldValidationException.class);
    outcome(pid, "The board asks the agency's director to attend the next meeting.");

    assertThat(processOf(id)).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.END_CONSIDERED).count()).isEqualTo(1);
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED", "CHALLENGE_ANSWERED", "CHALLENGE_ESCALATED",
        "CHALLENGE_OUTCOME");
    var line = challenges.asAt(reviewId, LocalDate.of(2026, 11, 30)).get(0);
    assertThat(line.status()).isEqualTo(ChallengeStatus.CONSIDERED);
    assertThat(line.outcome()).isEqualTo("Board outcome: The board asks the agency's director to attend the next meeting.");
    assertThat(line.steps()).extracting(AgencyChallenges.StepLine::what)
        .containsExactly("Agency responded", "Escalated to the board", "Board outcome");
    assertThat(line.steps()).extracting(AgencyChallenges.StepLine::who)
        .containsExactly("A Challenge", "Chloe Chair", "Beatrice Board");
  }

  @Test
  void anUnansweredChallengeRemindsTheLeadsOnItsDateThenGoesToTheBoardFiveWorkingDaysLater() {
    Long id = raise("4/12/2026", CONCERN, actionA1.getId());
    String pid = pidOf(id);
    assertThat(runUntil(pid, Instant.parse("2026-12-04T16:59:00Z"))).isZero();

    assertThat(runUntil(pid, Instant.parse("2026-12-04T17:00:01Z"))).isEqualTo(1);
    assertThat(task(pid, Element.RESPOND)).as("the task stays open").isNotNull();
    sendNotifications();
    assertThat(mails(AgencyChallengeProcess.REMINDER_MAIL, id)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .containsExactly(LEAD_A + "@example.org [" + reviewTitle + "] Challenge response overdue: " + agencyA);
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED", "CHALLENGE_REMINDED");

    // Five working days after Friday 4 December: Friday 11 December at 09:00.
    assertThat(runUntil(pid, Instant.parse("2026-12-11T08:59:00Z"))).isZero();
    assertThat(runUntil(pid, Instant.parse("2026-12-11T09:00:01Z"))).isEqualTo(1);
    assertThat(task(pid, Element.RESPOND)).as("the leads can no longer respond").isNull();
    Task consider = task(pid, Element.CONSIDER);
    assertThat(taskService.getVariable(consider.getId(), Var.RESPONSE)).isNull();
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED", "CHALLENGE_REMINDED", "CHALLENGE_ESCALATED");

    outcome(pid, "Minuted: no response; the board writes to the chief executive.");
    assertThat(processOf(id)).isNull();
    var line = challenges.asAt(reviewId, LocalDate.of(2026, 12, 11)).get(0);
    assertThat(line.response()).isNull();
    assertThat(line.steps()).extracting(AgencyChallenges.StepLine::what).containsExactly(
        "Response date passed: the agency's leads reminded", "No response: escalated to the board", "Board outcome");
    assertThat(line.outcome()).isEqualTo("Board outcome: Minuted: no response; the board writes to the chief executive.");
  }

  @Test
  void anAgencyWithNoLeadHasItsChallengeAnsweredByThePlanManagers() {
    identityService.deleteMembership(LEAD_B, AgencyGroups.leadsGroup(agencyB));
    Long id = raise("4/12/2026", CONCERN, actionB.getId());
    String pid = pidOf(id);
    assertThat(taskService.getIdentityLinksForTask(task(pid, Element.RESPOND).getId())).extracting(l -> l.getGroupId())
        .containsExactlyInAnyOrder(AgencyGroups.leadsGroup(agencyB), "plan-managers");
    respond(TestPeople.PLANNER, pid, "Answered by the plan manager for an agency with no lead.");
    assertThat(task(pid, Element.REVIEW_RESPONSE)).isNotNull();
  }

  @Test
  void anotherAgencysLeadNeitherSeesNorCompletesTheResponse() {
    String pid = pidOf(raise("4/12/2026", CONCERN, actionA1.getId()));
    Task respond = task(pid, Element.RESPOND);
    identityService.setAuthentication(LEAD_B, roles.groupIds(LEAD_B));
    try {
      assertThat(taskService.createTaskQuery().processInstanceId(pid).count()).isZero();
    } finally {
      identityService.clearAuthentication();
    }
    assertThatThrownBy(() -> completeAs(LEAD_B, respond, Map.of(Var.RESPONSE, "Not ours to answer.")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(task(pid, Element.RESPOND)).isNotNull();
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED");
  }

  @Test
  void completingAnyChallengeTaskWithAnythingButItsFieldsIsRefusedAndNothingIsRecorded() {
    Long id = raise("4/12/2026", CONCERN, actionA1.getId());
    String pid = pidOf(id);
    Task respond = task(pid, Element.RESPOND);
    for (Map<String, Object> extra : List.<Map<String, Object>>of(
        Map.of(Var.RESPONSE, "Ours.", Var.CHALLENGE_ID, 1L),
        Map.of(Var.RESPONSE, "Ours.", Var.ACCEPTED, true),
        Map.of(Var.RESPONSE, "Ours.", Var.DECISION, Value.ACCEPT),
        Map.of(Var.RESPONSE, "Ours.", Var.BOARD_GROUP, AgencyGroups.leadsGroup(agencyA)),
        Map.of(Var.RESPONSE, "Ours.", Var.CTX_CONCERN, "A milder concern"))) {
      String name = extra.keySet().stream().filter(k -> !k.equals(Var.RESPONSE)).findFirst().orElseThrow();
      assertThatThrownBy(() -> completeAs(LEAD_A, respond, extra))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("'" + name + "' is not a field of the form respond-to-challenge");
    }
    assertThatThrownBy(() -> completeAs(LEAD_A, respond, Map.of(Var.RESPONSE, "x".repeat(4001))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("at most 4,000");
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED");

    respond(LEAD_A, pid, "Ours.");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, task(pid, Element.REVIEW_RESPONSE),
        Map.of(Var.DECISION, Value.ACCEPT, Var.RESPONSE, "The chair's own words.")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'challengeResponse' is not a field");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, task(pid, Element.REVIEW_RESPONSE),
        Map.of(Var.DECISION, "dismiss")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not one of the choices");
    decide(pid, Value.ESCALATE, "Not enough.");
    assertThatThrownBy(() -> completeAs(TestPeople.BOARD, task(pid, Element.CONSIDER),
        Map.of(Var.BOARD_OUTCOME, "Noted.", Var.ESCALATION_REASON, "Rewritten reason")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'escalationReason' is not a field");
    assertThat(historyKinds(actionA1)).containsExactly("CHALLENGE_RAISED", "CHALLENGE_ANSWERED", "CHALLENGE_ESCALATED");
  }
}
