package org.reviewactions.challenge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.action.Action;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A review with two fresh agencies (two actions for A, one for B), each with one lead of its own. */
abstract class ChallengeTestSupport extends ProcessTestSupport {

  static final String LEAD_A = "chal.lead.a";
  static final String LEAD_B = "chal.lead.b";

  @Autowired AgencyChallenges challenges;
  @Autowired JdbcTemplate jdbc;

  String agencyA;
  String agencyB;
  Long reviewId;
  String reviewTitle;
  String reviewRef;
  Action actionA1;
  Action actionA2;
  Action actionB;

  void reviewWithTwoAgencies() {
    for (String userId : List.of(LEAD_A, LEAD_B)) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName(userId.substring(userId.lastIndexOf('.') + 1).toUpperCase());
        user.setLastName("Challenge");
        user.setEmail(userId + "@example.org");
        user.setPassword(TestPeople.PASSWORD);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
      }
    }
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    agencyA = "Challenge Agency A " + suffix;
    agencyB = "Challenge Agency B " + suffix;
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", "March 2027",
            TestPeople.ROLE_WITH_HOLDER, agencyA)
        .action("2", "Train midwives in perinatal mental health", "Audit the referral pathway", "June 2027",
            TestPeople.ROLE_WITHOUT_HOLDER, agencyA)
        .action("3", "Review the escalation policy", "Rewrite the escalation policy", "June 2027",
            TestPeople.ROLE_WITHOUT_HOLDER, agencyB);
    importPlan(plan);
    var recommendations = recommendationsOf(plan);
    reviewId = recommendations.get(0).getReview().getId();
    reviewTitle = recommendations.get(0).getReview().getTitle();
    reviewRef = recommendations.get(0).getReview().getReference();
    actionA1 = actionsOf(recommendations.get(0)).get(0);
    actionA2 = actionsOf(recommendations.get(1)).get(0);
    actionB = actionsOf(recommendations.get(2)).get(0);
    join(LEAD_A, agencyA);
    join(LEAD_B, agencyB);
  }

  private void join(String userId, String agency) {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(userId, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(userId, AgencyGroups.leadsGroup(agency));
  }

  /** The chair raises a concern about the actions, to be answered by the day/month/year date. */
  Long raise(String responseDate, String concern, Long... actionIds) {
    return raiseAs(TestPeople.CHAIR, responseDate, concern, actionIds);
  }

  Long raiseAs(String userId, String responseDate, String concern, Long... actionIds) {
    identityService.setAuthentication(userId, roles.groupIds(userId));
    try {
      return challenges.raise(List.of(actionIds), concern, responseDate);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance processOf(Long challengeId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AgencyChallengeProcess.KEY)
        .variableValueEquals(AgencyChallengeProcess.Var.CHALLENGE_ID, challengeId).singleResult();
  }

  String pidOf(Long challengeId) {
    return jdbc.queryForObject("select process_instance_id from agency_challenge where id = ?", String.class, challengeId);
  }

  Task task(String processInstanceId, String key) {
    return openTask(processInstanceId, key);
  }

  void respond(String lead, String pid, String text) {
    completeAs(lead, task(pid, AgencyChallengeProcess.Element.RESPOND), Map.of(AgencyChallengeProcess.Var.RESPONSE, text));
  }

  void decide(String pid, String decision, String reason) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(AgencyChallengeProcess.Var.DECISION, decision);
    if (reason != null) {
      variables.put(AgencyChallengeProcess.Var.ESCALATION_REASON, reason);
    }
    completeAs(TestPeople.CHAIR, task(pid, AgencyChallengeProcess.Element.REVIEW_RESPONSE), variables);
  }

  void outcome(String pid, String text) {
    completeAs(TestPeople.BOARD, task(pid, AgencyChallengeProcess.Element.CONSIDER),
        Map.of(AgencyChallengeProcess.Var.BOARD_OUTCOME, text));
  }

  List<String> historyKinds(Action action) {
    return actions.history(action.getId()).stream().map(h -> h.getKind()).filter(k -> k.startsWith("CHALLENGE_")).toList();
  }

  List<Map<String, Object>> mails(String kind, Long challengeId) {
    return jdbc.queryForList("select recipient, subject from notification where kind = ? and idempotency_key like ? order by id",
        kind, "challenge:" + challengeId + ":%");
  }
}
