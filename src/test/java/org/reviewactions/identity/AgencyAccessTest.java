package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An installation upgraded from a release that granted reads per action: on the next start those grants are
 * gone, so the agency's people and the owner read the action through the application only, and the
 * monitoring sub-group's task grants no longer carry read (the group reads every task through its own grant).
 */
class AgencyAccessTest extends ProcessTestSupport {

  @Autowired AgencyAccess access;
  @Autowired JdbcTemplate jdbc;

  private AuthorizationService authorizations;
  private HistoryReaders people;
  private String pi;
  private Task verify;

  @BeforeEach
  void anActionWithTheGrantsOfAnEarlierRelease() {
    authorizations = engine.getAuthorizationService();
    people = HistoryReaders.create(identityService, roles, agency);
    var plan = people.plan();
    importPlan(plan);
    Action mine = actionsOf(recommendationsOf(plan).get(0)).get(0);
    pi = mine.getProcessInstanceId();
    completeAs(people.owner(), openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    verify = openTask(pi, Element.VERIFY_EVIDENCE);
    String agencyGroup = AgencyGroups.agencyGroup(people.agency());
    grant(agencyGroup, null, Resources.PROCESS_INSTANCE, pi, ProcessInstancePermissions.READ);
    grant(agencyGroup, null, Resources.HISTORIC_PROCESS_INSTANCE, pi, HistoricProcessInstancePermissions.READ);
    grant(null, people.owner(), Resources.HISTORIC_PROCESS_INSTANCE, pi, HistoricProcessInstancePermissions.READ);
    Authorization chairs = chairsGrant();
    chairs.addPermission(Permissions.READ);
    authorizations.saveAuthorization(chairs);
  }

  @Test
  void theAgencysAndTheOwnersReadsOnTheActionAreRemovedAndTheChairsTaskGrantLosesRead() {
    assertThat(historyCountAs(people.colleague())).isOne();
    assertThat(historyCountAs(people.owner())).isOne();

    access.retireEarlierGrants();

    assertThat(historyCountAs(people.colleague())).isZero();
    assertThat(historyCountAs(people.owner())).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceId(pi).count()).isZero();
    assertThat(chairsGrant().getPermissions(new Permission[] {Permissions.READ, Permissions.TASK_WORK}))
        .containsExactly(Permissions.TASK_WORK);
    assertThat(historyCountAs(people.otherOwner())).isZero();
  }

  @Test
  void aGrantSomeoneMadeWithMoreThanReadStaysAndASecondStartChangesNothing() {
    grant(null, "auditor", Resources.PROCESS_INSTANCE, pi, ProcessInstancePermissions.READ,
        ProcessInstancePermissions.UPDATE);
    access.retireEarlierGrants();
    long after = authorizations.createAuthorizationQuery().count();

    access.retireEarlierGrants();

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(after);
    assertThat(authorizations.createAuthorizationQuery().resourceId(pi).userIdIn("auditor").count()).isOne();
  }

  @Test
  void theEnginesGrantsAreIndexedByUser() {
    assertThat(jdbc.queryForObject("select count(*) from INFORMATION_SCHEMA.INDEXES where upper(INDEX_NAME) = ?",
        Integer.class, GrantIndex.NAME)).isPositive();
  }

  private Authorization chairsGrant() {
    return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(verify.getId())
        .groupIdIn("subgroup-chairs").singleResult();
  }

  private void grant(String group, String user, Resource resource, String id, Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setUserId(user);
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  private long historyCountAs(String user) {
    identityService.setAuthentication(user, roles.groupIds(user));
    try {
      return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).count();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
