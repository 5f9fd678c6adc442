package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Completing a task through the REST API changes only what its form asks for, on every user task of
 * the processes; nothing else a signed-in person sends reaches the process's variables.
 */
class TaskCompletionApiTest extends EngineRestTestSupport {

  /** Monday 2 March 2026, 10:00 London: actions due "by January 2026" have lapsed. */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  /** A user task as its worker finds it, with a submission its form accepts. */
  private record Reached(Action action, Task task, String user, Map<String, Object> form) {}

  /** What an attack must leave as it was: the action's row and history, the process's variables, the task. */
  private record State(ActionStatus status, String owner, LocalDate due, Instant completedAt, int history,
      Map<String, Object> processVariables, boolean taskOpen) {}

  private State state(Action action, Task task) {
    Action row = actions.get(action.getId());
    return new State(row.getStatus(), row.getOwnerUserId(), row.getDueDate(), row.getCompletedAt(),
        actions.history(action.getId()).size(), runtimeService.getVariables(task.getProcessInstanceId()),
        taskService.createTaskQuery().taskId(task.getId()).count() == 1);
  }

  private Action importOne(String timescale, String role, String inAgency) {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", timescale, role, inAgency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private Task open(Action action, String element) {
    return openTask(action.getProcessInstanceId(), element);
  }

  /** Another agency's action: the target of an owner who writes its id into their own task. */
  private Action anotherAgencysAction() {
    String otherAgency = agency + " other";
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, otherAgency, TestPeople.OTHER_OWNER);
    return importOne("by December 2026", TestPeople.ROLE_WITH_HOLDER, otherAgency);
  }

  private Reached deliverAction() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importOne("by December 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    return new Reached(action, open(action, Element.DELIVER_ACTION), TestPeople.OWNER,
        Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS, Var.PROGRESS_TEXT, "Register drafted"));
  }

  private Reached verifyEvidence() {
    Reached deliver = deliverAction();
    completeAs(TestPeople.OWNER, deliver.task(), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register in use", Var.EVIDENCE_REFERENCES, "Audit report"));
    return new Reached(deliver.action(), open(deliver.action(), Element.VERIFY_EVIDENCE), TestPeople.CHAIR,
        Map.of(Var.EVIDENCE_DECISION, Value.REJECT, Var.REJECTION_REASON, "Show the audit"));
  }

  private Reached decideExtension() {
    Reached deliver = deliverAction();
    completeAs(TestPeople.OWNER, deliver.task(), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/03/2027", Var.EXTENSION_REASON, "Staff changes"));
    return new Reached(deliver.action(), open(deliver.action(), Element.DECIDE_EXTENSION), TestPeople.CHAIR,
        Map.of(Var.EXTENSION_DECISION, Value.REFUSE, Var.EXTENSION_RESPONSE, "Keep to the date"));
  }

  private Reached decideLapsedAction() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importOne("by January 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    executeJobs(action.getProcessInstanceId());
    return new Reached(action, open(action, Element.DECIDE_LAPSED_ACTION), TestPeople.CHAIR,
        Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse"));
  }

  private Reached boardChallenge() {
    Reached lapsed = decideLapsedAction();
    completeAs(TestPeople.CHAIR, lapsed.task(), lapsed.form());
    return new Reached(lapsed.action(), open(lapsed.action(), Element.BOARD_CHALLENGE), TestPeople.BOARD,
        Map.of(Var.BOARD_DECISION, Value.REQUIRE_ACTION, Var.BOARD_DUE_DATE, "30/09/2026", Var.BOARD_RATIONALE, "Act now"));
  }

  private Reached nominateOwner() {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    identityService.createMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    Action action = importOne("by December 2026", TestPeople.ROLE_WITHOUT_HOLDER, agency);
    return new Reached(action, open(action, Element.NOMINATE_OWNER), TestPeople.LEAD, Map.of(Var.NOMINEE_ID, TestPeople.OWNER));
  }

  private Reached confirmActionDates() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importOne("May 2026\nMarch 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    return new Reached(action, open(action, Element.CONFIRM_DATES), TestPeople.PLANNER,
        Map.of(Var.CONFIRMED_DUE_DATE, "30/09/2026", Var.CONFIRMED_CADENCE, "P3M"));
  }

  private Reached confirmRecommendationImplemented() {
    Reached verify = verifyEvidence();
    completeAs(TestPeople.CHAIR, verify.task(), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    String recommendationProcess = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(verify.action().getProcessInstanceId()).singleResult().getSuperProcessInstanceId();
    Task confirm = openTask(recommendationProcess, RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    return new Reached(verify.action(), confirm, TestPeople.CHAIR,
        Map.of(RecommendationProcess.Var.DECISION, RecommendationProcess.Value.IMPLEMENTED));
  }

  /**
   * Writing past the form on one task: its worker completes it with the form's fields plus one
   * identity or routing variable, by complete and by submit-form. Each is refused with a 400 naming
   * the variable and changes nothing; the form's fields alone then complete the task.
   */
  private void assertOnlyTheFormsFieldsAreAccepted(Reached reached) {
    Action other = anotherAgencysAction();
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put(Var.ACTION_ID, other.getId());
    extras.put(Var.OWNER_ID, TestPeople.OTHER_OWNER);
    extras.put(Var.DUE_DATE, "2099-12-31");
    extras.put(Var.MONITORING_GROUP, "board");
    // The routing decision's inputs: a person may not pick the agency or the default group it routes by.
    extras.put(Var.AGENCY, other.getAgency());
    extras.put(Var.DEFAULT_CHAIR_GROUP, "board");
    Task otherTask = open(other, Element.DELIVER_ACTION);
    State before = state(reached.action(), reached.task());
    State otherBefore = state(other, otherTask);

    for (Map.Entry<String, Object> extra : extras.entrySet()) {
      Map<String, Object> submitted = new LinkedHashMap<>(reached.form());
      submitted.put(extra.getKey(), extra.getValue());
      for (String endpoint : List.of("complete", "submit-form")) {
        ResponseEntity<String> response = post(reached.user(),
            "/engine-rest/task/" + reached.task().getId() + "/" + endpoint, variables(submitted));
        assertThat(response.getStatusCode()).as(endpoint + " with " + extra.getKey() + ": " + response.getBody())
            .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("'" + extra.getKey() + "' is not a field of the form");
        assertThat(state(reached.action(), reached.task())).isEqualTo(before);
      }
    }
    assertThat(state(other, otherTask)).isEqualTo(otherBefore);

    ResponseEntity<String> honest = post(reached.user(), "/engine-rest/task/" + reached.task().getId() + "/complete",
        variables(reached.form()));
    assertThat(honest.getStatusCode()).as(honest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void deliverActionTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(deliverAction());
  }

  @Test
  void verifyEvidenceTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(verifyEvidence());
  }

  @Test
  void decideOnExtensionTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(decideExtension());
  }

  @Test
  void decideOnLapsedActionTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(decideLapsedAction());
  }

  @Test
  void boardChallengeTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(boardChallenge());
  }

  @Test
  void nominateActionOwnerTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(nominateOwner());
  }

  @Test
  void confirmActionDatesTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(confirmActionDates());
  }

  @Test
  void confirmRecommendationImplementedTakesOnlyItsFormsFields() {
    assertOnlyTheFormsFieldsAreAccepted(confirmRecommendationImplemented());
  }

  @Test
  void aChoiceTheFormDoesNotOfferIsRefused() {
    Reached deliver = deliverAction();
    State before = state(deliver.action(), deliver.task());
    ResponseEntity<String> response = post(TestPeople.OWNER, "/engine-rest/task/" + deliver.task().getId() + "/complete",
        variables(Map.of(Var.SUBMISSION, "closeIncomplete", Var.PROGRESS_TEXT, "Done")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("'closeIncomplete' is not one of the choices for 'submission'");
    assertThat(state(deliver.action(), deliver.task())).isEqualTo(before);
  }

  /**
   * A date is typed day/month/year and read only that way. A date that does not exist, a date in
   * another shape and a Date-typed variable are each refused with a 400 naming the field, by complete and by
   * submit-form, and leave the action, its history and the task as they were.
   */
  @Test
  void aDateThatIsNotADayMonthYearDateIsRefusedNamingTheFieldAndNothingIsSaved() {
    Reached lapsed = decideLapsedAction();
    State before = state(lapsed.action(), lapsed.task());
    Map<String, Object> impossible = Map.of(Var.LAPSE_DECISION, Value.REVISE, Var.REVISED_DUE_DATE, "31/02/2027",
        Var.REVISION_REASON, "Staff changes");
    Map<String, Object> iso = Map.of(Var.LAPSE_DECISION, Value.REVISE, Var.REVISED_DUE_DATE, "2027-03-31",
        Var.REVISION_REASON, "Staff changes");
    Map<String, Object> typedAsDate = Map.of("variables", Map.of(
        Var.LAPSE_DECISION, Map.of("value", Value.REVISE),
        Var.REVISED_DUE_DATE, Map.of("value", "2027-03-31T00:00:00.000+0000", "type", "Date"),
        Var.REVISION_REASON, Map.of("value", "Staff changes")));
    String task = "/engine-rest/task/" + lapsed.task().getId() + "/";

    for (String endpoint : List.of("complete", "submit-form")) {
      ResponseEntity<String> noSuchDay = post(lapsed.user(), task + endpoint, variables(impossible));
      assertThat(noSuchDay.getStatusCode()).as(noSuchDay.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(noSuchDay.getBody()).contains("The revised due date").contains("February 2027 has no day 31")
          .contains("day/month/year");

      ResponseEntity<String> otherShape = post(lapsed.user(), task + endpoint, variables(iso));
      assertThat(otherShape.getStatusCode()).as(otherShape.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(otherShape.getBody()).contains("'" + Var.REVISED_DUE_DATE + "'").contains("day/month/year");

      ResponseEntity<String> aDate = post(lapsed.user(), task + endpoint, typedAsDate);
      assertThat(aDate.getStatusCode()).as(aDate.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(aDate.getBody()).contains("'" + Var.REVISED_DUE_DATE + "'").contains("day/month/year");

      assertThat(state(lapsed.action(), lapsed.task())).isEqualTo(before);
    }

    ResponseEntity<String> honest = post(lapsed.user(), task + "complete", variables(Map.of(Var.LAPSE_DECISION,
        Value.REVISE, Var.REVISED_DUE_DATE, "31/03/2027", Var.REVISION_REASON, "Staff changes")));
    assertThat(honest.getStatusCode()).as(honest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(actions.get(lapsed.action().getId()).getDueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void aTextLongerThanTheEngineStoresIsRefusedNamingTheFieldNotA500() {
    Reached deliver = deliverAction();
    State before = state(deliver.action(), deliver.task());
    ResponseEntity<String> response = post(TestPeople.OWNER, "/engine-rest/task/" + deliver.task().getId() + "/complete",
        variables(Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS, Var.PROGRESS_TEXT, "x".repeat(100_000))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("'" + Var.PROGRESS_TEXT + "'").contains("4,000");
    assertThat(state(deliver.action(), deliver.task())).isEqualTo(before);
  }

  @Test
  void theOwnerCannotWriteVariablesDirectly() {
    Reached deliver = deliverAction();
    Action other = anotherAgencysAction();
    String task = "/engine-rest/task/" + deliver.task().getId();
    String process = "/engine-rest/process-instance/" + deliver.action().getProcessInstanceId();
    State before = state(deliver.action(), deliver.task());

    List<ResponseEntity<String>> attempts = List.of(
        put(TestPeople.OWNER, task + "/variables/" + Var.ACTION_ID, Map.of("value", other.getId(), "type", "Long")),
        put(TestPeople.OWNER, task + "/localVariables/" + Var.ACTION_ID, Map.of("value", other.getId(), "type", "Long")),
        post(TestPeople.OWNER, task + "/variables", Map.of("modifications", Map.of(Var.OWNER_ID, Map.of("value", TestPeople.OTHER_OWNER)))),
        exchange(TestPeople.OWNER, HttpMethod.DELETE, task + "/variables/" + Var.MONITORING_GROUP, null),
        post(TestPeople.OWNER, process + "/variables", Map.of("modifications", Map.of(Var.ACTION_ID, Map.of("value", other.getId())))),
        put(TestPeople.OWNER, process + "/variables/" + Var.DUE_DATE, Map.of("value", "2099-12-31")));
    for (ResponseEntity<String> attempt : attempts) {
      assertThat(attempt.getStatusCode()).as(attempt.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // The first is refused by the guard itself, whatever the task permissions say.
    assertThat(attempts.get(0).getBody()).contains("Variables are changed only through a task's form");
    assertThat(state(deliver.action(), deliver.task())).isEqualTo(before);
  }

  @Test
  void theOwnerCannotEndTheirTaskByThrowingAnEscalationOrError() {
    Reached deliver = deliverAction();
    String task = "/engine-rest/task/" + deliver.task().getId();
    State before = state(deliver.action(), deliver.task());

    ResponseEntity<String> escalation = post(TestPeople.OWNER, task + "/bpmnEscalation",
        Map.of("escalationCode", "ACTION_CLOSED_INCOMPLETE"));
    ResponseEntity<String> error = post(TestPeople.OWNER, task + "/bpmnError", Map.of("errorCode", "any"));

    assertThat(escalation.getStatusCode()).as(escalation.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(error.getStatusCode()).as(error.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(state(deliver.action(), deliver.task())).isEqualTo(before);
  }

  @Test
  void theOwnerWorksTheirTaskButCannotHandItOnOrMoveItsDueDate() {
    Reached deliver = deliverAction();
    String task = "/engine-rest/task/" + deliver.task().getId();

    assertThat(post(TestPeople.OWNER, task + "/assignee", Map.of("userId", TestPeople.OTHER_OWNER)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(TestPeople.OWNER, task + "/delegate", Map.of("userId", TestPeople.OTHER_OWNER)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(TestPeople.OWNER, task + "/identity-links", Map.of("groupId", "board", "type", "candidate"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put(TestPeople.OWNER, task, Map.of("name", "Renamed", "due", "2099-12-31T17:00:00.000+0000"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(deliver.task().getId()).singleResult().getAssignee())
        .isEqualTo(TestPeople.OWNER);

    assertThat(post(TestPeople.OWNER, task + "/complete", variables(deliver.form())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aCandidateClaimsAndCompletesTheirGroupsTask() {
    Reached verify = verifyEvidence();
    String task = "/engine-rest/task/" + verify.task().getId();
    assertThat(post(TestPeople.CHAIR, task + "/claim", Map.of("userId", TestPeople.CHAIR)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(TestPeople.CHAIR, task + "/complete", variables(verify.form())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theOwnerCannotStartAnActionProcessOrSendAMessage() {
    Action other = anotherAgencysAction();
    long runningForOther = runtimeService.createProcessInstanceQuery().variableValueEquals(Var.ACTION_ID, other.getId()).count();
    ResponseEntity<String> start = post(TestPeople.OWNER, "/engine-rest/process-definition/key/action/start",
        variables(Map.of(Var.ACTION_ID, other.getId())));
    ResponseEntity<String> startForm = post(TestPeople.OWNER, "/engine-rest/process-definition/key/action/submit-form",
        variables(Map.of(Var.ACTION_ID, other.getId())));
    ResponseEntity<String> message = post(TestPeople.OWNER, "/engine-rest/message",
        Map.of("messageName", "anything", "processVariables", Map.of(Var.ACTION_ID, Map.of("value", other.getId()))));

    assertThat(start.getStatusCode()).as(start.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(startForm.getStatusCode()).as(startForm.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message.getStatusCode()).as(message.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(Var.ACTION_ID, other.getId()).count())
        .isEqualTo(runningForOther);
  }

  /** The People page ends a waiting nomination with a message; nobody may send that message themselves. */
  @Test
  void aLeadCannotEndANominationWithTheRoleHolderMessageNamingThemselvesOwner() {
    Reached nominate = nominateOwner();
    State before = state(nominate.action(), nominate.task());
    ResponseEntity<String> message = post(TestPeople.LEAD, "/engine-rest/message", Map.of(
        "messageName", ActionProcess.Message.ROLE_HOLDER_NAMED,
        "processInstanceId", nominate.action().getProcessInstanceId(),
        "processVariables", Map.of(Var.OWNER_ID, Map.of("value", TestPeople.LEAD))));

    assertThat(message.getStatusCode()).as(message.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(open(nominate.action(), Element.NOMINATE_OWNER)).isNotNull();
    assertThat(state(nominate.action(), nominate.task())).isEqualTo(before);
  }

  @Test
  void aRuleRefusalInAFormIsA400WithTheRulesMessage() {
    // owner1 also sits in the monitoring sub-group, so Verify evidence on their own action is offered to them.
    Reached verify = verifyEvidence();
    State before = state(verify.action(), verify.task());
    for (String endpoint : List.of("complete", "submit-form")) {
      ResponseEntity<String> response = post(TestPeople.OWNER, "/engine-rest/task/" + verify.task().getId() + "/" + endpoint,
          variables(Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT)));
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("You own this action or submitted its evidence, so you cannot verify it.");
    }
    assertThat(state(verify.action(), verify.task())).isEqualTo(before);
  }

  @Test
  void tasklistsOwnApiRefusesAVariableOutsideTheFormAndAnswersARuleRefusalWith400() {
    Reached verify = verifyEvidence();
    Action other = anotherAgencysAction();
    State before = state(verify.action(), verify.task());
    WebappSession tasklist = WebappSession.signIn(rest, TestPeople.OWNER, TestPeople.PASSWORD);
    String submit = "/camunda/api/engine/engine/default/task/" + verify.task().getId() + "/submit-form";

    ResponseEntity<String> extra = tasklist.postJson(submit,
        variables(Map.of(Var.EVIDENCE_DECISION, Value.REJECT, Var.REJECTION_REASON, "x", Var.ACTION_ID, other.getId())));
    assertThat(extra.getStatusCode()).as(extra.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(extra.getBody()).contains("'actionId' is not a field of the form verify-evidence");

    ResponseEntity<String> rule = tasklist.postJson(submit, variables(Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT)));
    assertThat(rule.getStatusCode()).as(rule.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rule.getBody()).contains("You own this action or submitted its evidence");
    assertThat(state(verify.action(), verify.task())).isEqualTo(before);
  }

  @Test
  void delegatesTakeTheActionFromTheProcessNotFromAVariable() {
    Reached deliver = deliverAction();
    Action other = anotherAgencysAction();
    int otherHistory = actions.history(other.getId()).size();
    Map<String, Object> submitted = new LinkedHashMap<>(deliver.form());
    submitted.put(Var.ACTION_ID, other.getId());

    // Driven by the application itself (no signed-in user), the form guard does not apply; the
    // delegates must still record the progress on the task's own action.
    taskService.complete(deliver.task().getId(), submitted);

    assertThat(actions.historyText(deliver.action().getId())).contains("Register drafted");
    assertThat(actions.history(other.getId())).hasSize(otherHistory);
  }

  @Test
  void aSecondProcessCannotTakeOverAnActionThatIsAlreadyRunning() {
    Reached deliver = deliverAction();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("action",
            Map.of(Var.ACTION_ID, deliver.action().getId())))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("is already run by process instance " + deliver.action().getProcessInstanceId());
    assertThat(actions.get(deliver.action().getId()).getProcessInstanceId()).isEqualTo(deliver.action().getProcessInstanceId());
  }
}
