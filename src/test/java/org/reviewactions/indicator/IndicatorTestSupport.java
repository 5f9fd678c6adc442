package org.reviewactions.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two fresh agencies, each with a lead of its own, and no other active indicator in the shared database: the plan
 * manager defines indicators for them and the process is started for a quarter no other test uses.
 */
abstract class IndicatorTestSupport extends ProcessTestSupport {

  static final String LEAD_A = "ind.lead.a";
  static final String LEAD_B = "ind.lead.b";

  @Autowired Indicators indicators;
  @Autowired JdbcTemplate jdbc;

  String agencyA;
  String agencyB;

  @BeforeEach
  void twoAgencies() {
    // Indicators other tests defined would ask their agencies too: this test's run is about its own.
    jdbc.update("update indicator set active = false");
    for (String userId : List.of(LEAD_A, LEAD_B)) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName(userId.substring(userId.lastIndexOf('.') + 1).toUpperCase());
        user.setLastName("Indicators");
        user.setEmail(userId + "@example.org");
        user.setPassword(TestPeople.PASSWORD);
        ((IdentityServiceImpl) identityService).saveUser(user, true);
      }
    }
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    agencyA = "Indicator Agency A " + suffix;
    agencyB = "Indicator Agency B " + suffix;
    join(LEAD_A, agencyA);
    join(LEAD_B, agencyB);
  }

  private void join(String userId, String agency) {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(userId, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(userId, AgencyGroups.leadsGroup(agency));
  }

  Long define(String name, Unit unit, String target, String... agencies) {
    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    try {
      return indicators.define(name, unit.name(), Arrays.asList(agencies), null, target);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Starts a run for the quarter, as the plan manager's button does for the quarter just ended. */
  String start(String quarter) {
    return runtimeService.createMessageCorrelation(QuarterlyIndicatorsProcess.REQUESTED_MESSAGE)
        .setVariable(QuarterlyIndicatorsProcess.Var.QUARTER, quarter).correlateStartMessage().getId();
  }

  Task taskOf(String processInstanceId, String agency) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(QuarterlyIndicatorsProcess.Element.SUBMIT)
        .taskVariableValueEquals(QuarterlyIndicatorsProcess.Var.CTX_AGENCY, agency).singleResult();
  }

  void submitAs(String userId, Task task, Map<String, String> figures) {
    identityService.setAuthentication(userId, roles.groupIds(userId));
    try {
      indicators.submit(task.getId(), figures);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static String field(Long indicatorId) {
    return Indicators.FIGURE_PREFIX + indicatorId;
  }

  Long submissionOf(Task task) {
    return (Long) taskService.getVariable(task.getId(), QuarterlyIndicatorsProcess.Var.SUBMISSION_ID);
  }

  /** The e-mails sent about the task's request at the step, as "recipient subject". */
  List<String> mails(Task task, String step) {
    return jdbc.queryForList("select recipient, subject from notification where kind = ? and idempotency_key like ? order by id",
        QuarterlyIndicatorsProcess.MAIL, "indicators:" + submissionOf(task) + ":" + step + ":%").stream()
        .map(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT")).toList();
  }
}
