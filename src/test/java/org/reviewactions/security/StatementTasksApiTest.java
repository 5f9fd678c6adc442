package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.statement.AgencyStatementProcess;
import org.reviewactions.statement.AgencyStatements;
import org.reviewactions.statement.StatementStatus;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Agency statement tasks through the engine's REST API: a lead works their own agency's, and nobody else's. */
class StatementTasksApiTest extends EngineRestTestSupport {

  private static final String LEAD_A = "stmt.api.lead.a";
  private static final String LEAD_B = "stmt.api.lead.b";

  @Autowired AgencyStatements statements;

  @Test
  void aLeadCompletesOnlyTheirOwnAgencysStatementWithOnlyItsFieldAndAnotherAgencysLeadReadsNoneOfIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String agencyA = "Api Statement Agency A " + suffix;
    String agencyB = "Api Statement Agency B " + suffix;
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information", "Set up the shared register", "March 2027", TestPeople.ROLE_WITH_HOLDER, agencyA)
        .action("2", "Train midwives", "Run the training", "June 2027", TestPeople.ROLE_WITH_HOLDER, agencyB);
    importPlan(plan);
    Long reviewId = recommendationsOf(plan).get(0).getReview().getId();
    lead(LEAD_A, agencyA);
    lead(LEAD_B, agencyB);
    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    List<AgencyStatements.StatementView> requested;
    try {
      statements.request(reviewId, "31/12/2026");
      requested = statements.overview(reviewId).statements();
    } finally {
      identityService.clearAuthentication();
    }
    Long idA = requested.stream().filter(s -> s.agency().equals(agencyA)).findFirst().orElseThrow().id();
    String pidA = runtimeService.createProcessInstanceQuery().processDefinitionKey(AgencyStatementProcess.KEY)
        .variableValueEquals(AgencyStatementProcess.Var.STATEMENT_ID, idA).singleResult().getId();
    Task writeA = openTask(pidA, AgencyStatementProcess.Element.WRITE_STATEMENT);

    ResponseEntity<String> extra = post(LEAD_A, "/engine-rest/task/" + writeA.getId() + "/complete",
        variables(Map.of(AgencyStatementProcess.Var.STATEMENT, "Ours.", "agency", agencyB)));
    assertThat(extra.getStatusCode().value()).isEqualTo(400);
    assertThat(extra.getBody()).contains("'agency' is not a field of the form write-agency-statement");

    ResponseEntity<String> byOtherLead = post(LEAD_B, "/engine-rest/task/" + writeA.getId() + "/complete",
        variables(Map.of(AgencyStatementProcess.Var.STATEMENT, "Written by B.")));
    assertThat(byOtherLead.getStatusCode().value()).isIn(403, 404);
    assertThat(openTask(pidA, AgencyStatementProcess.Element.WRITE_STATEMENT)).isNotNull();

    assertThat(post(LEAD_A, "/engine-rest/task/" + writeA.getId() + "/complete",
        variables(Map.of(AgencyStatementProcess.Var.STATEMENT, "Draft of A, not for B.")))
        .getStatusCode().value()).isEqualTo(204);

    for (String path : List.of("/engine-rest/task?processInstanceId=" + pidA,
        "/engine-rest/history/variable-instance?processInstanceId=" + pidA,
        "/engine-rest/history/process-instance?processInstanceId=" + pidA)) {
      ResponseEntity<String> read = exchange(LEAD_B, HttpMethod.GET, path, null);
      assertThat(read.getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(read.getBody()).as(path).isEqualTo("[]");
    }
    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    try {
      AgencyStatements.StatementView a = statements.overview(reviewId).statements().stream()
          .filter(s -> s.agency().equals(agencyA)).findFirst().orElseThrow();
      assertThat(a.status()).isEqualTo(StatementStatus.WRITTEN);
      assertThat(a.text()).isEqualTo("Draft of A, not for B.");
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void lead(String userId, String agency) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Api");
      user.setLastName("Lead");
      user.setEmail(userId + "@example.org");
      user.setPassword(TestPeople.PASSWORD);
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(userId, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(userId, AgencyGroups.leadsGroup(agency));
  }
}
