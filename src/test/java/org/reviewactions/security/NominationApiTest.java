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

  /** The form's "Someone not listed: invite them" fields, for an address no test uses twice. */
  private static Map<String, Object> invitee(String first, String last, String email) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put(Var.NOMINEE_SOURCE, "invite");
    if (first != null) {
      fields.put(Var.INVITEE_FIRST_NAME, first);
    }
    if (last != null) {
      fields.put(Var.INVITEE_LAST_NAME, last);
    }
    if (email != null) {
      fields.put(Var.INVITEE_EMAIL, email);
    }
    return fields;
  }

  private static String newAddress() {
    return "nia." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@agency.example.org";
  }

  private int invitationsTo(String email) {
    return jdbc.queryForObject("select count(*) from invitation where email = ?", Integer.class, email);
  }

  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void theLeadInvitesSomeoneNotListedWhoOwnsTheActionAtOnce() {
    String email = newAddress();
    String userId = email.substring(0, email.indexOf('@'));
    ResponseEntity<String> response = post(TestPeople.LEAD, complete("submit-form"),
        variables(invitee("Nia", "New", email)));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(identityService.createUserQuery().userId(userId).singleResult().getEmail()).isEqualTo(email);
    assertThat(roles.belongsTo(userId, agency)).as("invited into the action's agency").isTrue();
    assertThat(identityService.checkPassword(userId, TestPeople.PASSWORD)).as("no password until they choose one").isFalse();
    assertThat(actions.get(action.getId()).getOwnerUserId()).isEqualTo(userId);
    assertThat(roles.findOrCreate(TestPeople.ROLE_WITHOUT_HOLDER, agency).getHolderUserId()).isEqualTo(userId);
    assertThat(openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION).getAssignee()).isEqualTo(userId);
    assertThat(actions.history(action.getId())).anySatisfy(entry -> {
      assertThat(entry.getActor()).isEqualTo(TestPeople.LEAD);
      assertThat(entry.getText()).contains("Invited Nia New (" + email + ")").contains("owner");
    });
    assertThat(jdbc.queryForObject("select invited_by from invitation where email = ?", String.class, email))
        .isEqualTo(TestPeople.LEAD);
    assertThat(jdbc.queryForObject("select count(*) from notification where idempotency_key like 'invitation:%' and recipient = ?",
        Integer.class, email)).as("one invitation e-mail").isEqualTo(1);
    assertThat(runtimeService.getVariable(action.getProcessInstanceId(), Var.INVITEE_EMAIL)).as("the form's input is not kept").isNull();

    // Cancelling the invitation now keeps the account: it owns the action and holds the role.
    Long invitation = jdbc.queryForObject("select id from invitation where email = ?", Long.class, email);
    ResponseEntity<String> cancelled = exchange(TestPeople.PLANNER, org.springframework.http.HttpMethod.DELETE,
        "/api/invitations/" + invitation, null);
    assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody()).contains("\"accountRemoved\":false");
    assertThat(identityService.createUserQuery().userId(userId).count()).isEqualTo(1);
    assertThat(roles.belongsTo(userId, agency)).as("disabled: no groups").isFalse();
  }

  private void assertInvitationRefused(Map<String, Object> submitted, String email, String... expected) {
    assertRefusedAndNothingChanged(submitted, expected);
    assertThat(invitationsTo(email)).isZero();
    assertThat(identityService.createUserQuery().userEmail(email).count()).isZero();
  }

  @Test
  void anInvitationWithABadAddressOrMissingNamesIsAFormErrorAndSavesNothing() {
    assertInvitationRefused(invitee("Nia", "New", "not-an-address"), "not-an-address", "Enter an e-mail address");
    String email = newAddress();
    assertInvitationRefused(invitee(null, "New", email), email, "Enter the first name");
    assertInvitationRefused(invitee("Nia", " ", email), email, "Enter the last name");
  }

  @Test
  void anInvitationForATakenUserIdIsRefusedNamingTheField() {
    String email = newAddress();
    Map<String, Object> taken = invitee("Nia", "New", email);
    taken.put(Var.INVITEE_USER_ID, TestPeople.OWNER);
    assertInvitationRefused(taken, email, "already a user with the id '" + TestPeople.OWNER + "'");
    String derivedTaken = TestPeople.OTHER_OWNER + "@agency.example.org";
    assertInvitationRefused(invitee("Nia", "New", derivedTaken), derivedTaken, "taken from the e-mail address");
    Map<String, Object> shapeless = invitee("Nia", "New", email);
    shapeless.put(Var.INVITEE_USER_ID, "Not An Id!");
    assertInvitationRefused(shapeless, email, "'inviteeUserId'");
  }

  @Test
  void bothANomineeAndAnInvitationOrNeitherIsRefused() {
    String email = newAddress();
    Map<String, Object> both = invitee("Nia", "New", email);
    both.put(Var.NOMINEE_ID, TestPeople.OWNER);
    assertInvitationRefused(both, email, "not both");
    assertRefusedAndNothingChanged(Map.of(Var.NOMINEE_SOURCE, "listed"), "or invite someone not listed");
  }

  @Test
  void theInvitationFieldsOpenNoWayToOtherVariables() {
    String email = newAddress();
    Map<String, Object> extra = invitee("Nia", "New", email);
    extra.put(Var.OWNER_ID, TestPeople.OTHER_OWNER);
    assertInvitationRefused(extra, email, "'ownerId' is not a field of the form");
    Map<String, Object> source = invitee("Nia", "New", email);
    source.put(Var.NOMINEE_SOURCE, "administrator");
    assertInvitationRefused(source, email, "'administrator' is not one of the choices");
  }
}
