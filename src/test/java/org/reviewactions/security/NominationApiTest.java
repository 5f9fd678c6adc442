package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.TaskContext;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Nominate action owner form offers the people of the action's agency, and a lead's submission is
 * held to that offer: someone of another agency, an unknown id or a choices list of the caller's own is
 * refused with a 400 naming the field, and leaves the task open and the action without an owner.
 */
class NominationApiTest extends EngineRestTestSupport {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private Action action;
  private Task nominate;

  @BeforeEach
  void actionWaitingForANominee() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    identityService.createMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    // OTHER_OWNER is a real person, of another agency.
    roles.ensureAgencyGroups(agency + " other");
    identityService.createMembership(TestPeople.OTHER_OWNER, AgencyGroups.agencyGroup(agency + " other"));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", "by December 2026",
            TestPeople.ROLE_WITHOUT_HOLDER, agency);
    importPlan(plan);
    action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    nominate = openTask(action.getProcessInstanceId(), Element.NOMINATE_OWNER);
  }

  private String complete(String endpoint) {
    return "/engine-rest/task/" + nominate.getId() + "/" + endpoint;
  }

  private void assertRefusedAndNothingChanged(Map<String, Object> submitted, String... expected) {
    for (String endpoint : List.of("complete", "submit-form")) {
      ResponseEntity<String> response = post(TestPeople.LEAD, complete(endpoint), variables(submitted));
      assertThat(response.getStatusCode()).as(endpoint + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains(expected);
      assertThat(taskService.createTaskQuery().taskId(nominate.getId()).count()).isEqualTo(1);
      Action row = actions.get(action.getId());
      assertThat(row.getOwnerUserId()).isNull();
      assertThat(row.getStatus()).isEqualTo(ActionStatus.AWAITING_OWNER);
      assertThat(roles.findOrCreate(TestPeople.ROLE_WITHOUT_HOLDER, agency).getHolderUserId()).isNull();
    }
  }

  @Test
  void theFormOffersThePeopleOfTheActionsAgencyOnly() {
    String choices = String.valueOf(taskService.getVariableLocal(nominate.getId(), TaskContext.NOMINEE_CHOICES));
    assertThat(choices).contains("\"value\":\"" + TestPeople.OWNER + "\"").contains("Olive Owner (owner1@example.org)")
        .contains("\"value\":\"" + TestPeople.LEAD + "\"")
        .doesNotContain(TestPeople.OTHER_OWNER).doesNotContain(TestPeople.CHAIR);
    ResponseEntity<String> formVariables = exchange(TestPeople.LEAD, org.springframework.http.HttpMethod.GET,
        "/engine-rest/task/" + nominate.getId() + "/form-variables", null);
    assertThat(formVariables.getBody()).as("Tasklist reads the choices as a JSON variable")
        .contains("\"" + TaskContext.NOMINEE_CHOICES + "\"").contains("\"type\":\"Json\"");
  }

  @Test
  void aNomineeFromAnotherAgencyIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    assertRefusedAndNothingChanged(Map.of(Var.NOMINEE_ID, TestPeople.OTHER_OWNER), "'nomineeId'", "not one of the choices");
  }

  @Test
  void anUnknownPersonIsRefusedNamingTheFieldNotA500() {
    assertRefusedAndNothingChanged(Map.of(Var.NOMINEE_ID, "nobody-here"), "'nomineeId'", "not one of the choices");
    assertRefusedAndNothingChanged(Map.of(Var.NOMINEE_ID, "<script>alert(1)</script>" + "x".repeat(200)), "'nomineeId'");
  }

  @Test
  void aLeadCannotSendTheirOwnListOfChoices() {
    Map<String, Object> forged = new java.util.LinkedHashMap<>();
    forged.put(TaskContext.NOMINEE_CHOICES, "[{\"label\":\"x\",\"value\":\"" + TestPeople.OTHER_OWNER + "\"}]");
    // Even beside a nominee the form offers, the list is not the caller's to send.
    forged.put(Var.NOMINEE_ID, TestPeople.OWNER);
    assertRefusedAndNothingChanged(forged, "'" + TaskContext.NOMINEE_CHOICES + "' is not a field of the form");
  }

  @Test
  void aPersonWhoLeftTheAgencyAfterTheOfferIsRefusedByTheProcessToo() {
    identityService.deleteMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    assertRefusedAndNothingChanged(Map.of(Var.NOMINEE_ID, TestPeople.OWNER), "is not one of the people of " + agency);
  }

  @Test
  void theLeadChoosesOneOfTheAgencysPeopleWhoThenOwnsTheActionAndHoldsTheRole() {
    ResponseEntity<String> response = post(TestPeople.LEAD, complete("complete"), variables(Map.of(Var.NOMINEE_ID, TestPeople.OWNER)));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(actions.get(action.getId()).getOwnerUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(roles.findOrCreate(TestPeople.ROLE_WITHOUT_HOLDER, agency).getHolderUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION).getAssignee()).isEqualTo(TestPeople.OWNER);
  }
}
