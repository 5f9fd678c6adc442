package org.reviewactions.statement;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A review with two fresh agencies, each with one lead of its own, and the plan manager asking them for statements. */
abstract class StatementTestSupport extends ProcessTestSupport {

  static final String LEAD_A = "stmt.lead.a";
  static final String LEAD_B = "stmt.lead.b";
  /** Someone of neither agency who oversees nothing. */
  static final String OUTSIDER = "stmt.outsider";

  @Autowired AgencyStatements statements;
  @Autowired JdbcTemplate jdbc;

  String agencyA;
  String agencyB;
  Long reviewId;
  String reviewTitle;

  /** Imports a review with one action for each of two new agencies and makes the two leads theirs. */
  void reviewWithTwoAgencies() {
    for (String userId : List.of(LEAD_A, LEAD_B, OUTSIDER)) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName(userId.substring(userId.lastIndexOf('.') + 1).toUpperCase());
        user.setLastName("Statement");
        user.setEmail(userId + "@example.org");
        user.setPassword(TestPeople.PASSWORD);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
      }
    }
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    agencyA = "Statement Agency A " + suffix;
    agencyB = "Statement Agency B " + suffix;
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", "March 2027",
            TestPeople.ROLE_WITH_HOLDER, agencyA)
        .action("2", "Train midwives in perinatal mental health", "Run the training for every midwife", "June 2027",
            TestPeople.ROLE_WITHOUT_HOLDER, agencyB);
    importPlan(plan);
    var recommendation = recommendationsOf(plan).get(0);
    reviewId = recommendation.getReview().getId();
    reviewTitle = recommendation.getReview().getTitle();
    join(LEAD_A, agencyA);
    join(LEAD_B, agencyB);
  }

  private void join(String userId, String agency) {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(userId, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(userId, AgencyGroups.leadsGroup(agency));
  }

  /** The plan manager asks every agency for its statement by the day/month/year deadline. */
  List<String> request(String deadline) {
    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    try {
      return statements.request(reviewId, deadline);
    } finally {
      identityService.clearAuthentication();
    }
  }

  AgencyStatements.StatementView statementOf(String agency) {
    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    try {
      return statements.overview(reviewId).statements().stream().filter(s -> s.agency().equals(agency)).findFirst().orElseThrow();
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance processOf(Long statementId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AgencyStatementProcess.KEY)
        .variableValueEquals(AgencyStatementProcess.Var.STATEMENT_ID, statementId).singleResult();
  }

  Task task(String processInstanceId, String key) {
    return openTask(processInstanceId, key);
  }

  void write(String lead, String processInstanceId, String text) {
    completeAs(lead, task(processInstanceId, AgencyStatementProcess.Element.WRITE_STATEMENT),
        Map.of(AgencyStatementProcess.Var.STATEMENT, text));
  }

  void decide(String processInstanceId, String decision, String comment) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(AgencyStatementProcess.Var.DECISION, decision);
    if (comment != null) {
      variables.put(AgencyStatementProcess.Var.RETURN_COMMENT, comment);
    }
    completeAs(TestPeople.CHAIR, task(processInstanceId, AgencyStatementProcess.Element.REVIEW_STATEMENT), variables);
  }

  /** Writes and approves the agency's statement in one go. */
  void approved(String agency, String lead, String text) {
    String pid = processOf(statementOf(agency).id()).getId();
    write(lead, pid, text);
    decide(pid, AgencyStatementProcess.Value.APPROVE, null);
  }
}
