package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Actions started by a release without read grants get them on the next start, once. */
class ExistingActionGrantsTest extends ProcessTestSupport {

  @Autowired ExistingActionGrants existing;

  private AuthorizationService authorizations;
  private HistoryReaders people;
  private Action running;
  private Action ended;

  @BeforeEach
  void actionsFromAnEarlierRelease() {
    authorizations = engine.getAuthorizationService();
    people = HistoryReaders.create(identityService, roles, agency);
    var plan = people.plan();
    importPlan(plan);
    running = actionsOf(recommendationsOf(plan).get(0)).get(0);
    ended = actionsOf(recommendationsOf(plan).get(1)).get(0);
    runtimeService.deleteProcessInstance(ended.getProcessInstanceId(), "withdrawn");
    for (String pi : new String[] {running.getProcessInstanceId(), ended.getProcessInstanceId()}) {
      authorizations.createAuthorizationQuery().resourceId(pi).list()
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
  }

  @Test
  void ownerAndAgencyReadTheirActionsAgainAfterTheNextStart() {
    String pi = running.getProcessInstanceId();
    assertThat(historyCountAs(people.owner(), pi)).isZero();
    assertThat(historyCountAs(people.colleague(), pi)).isZero();

    existing.ensure();

    assertThat(historyCountAs(people.owner(), pi)).isOne();
    assertThat(historyCountAs(people.colleague(), pi)).isOne();
    assertThat(historyCountAs(people.otherOwner(), pi)).isZero();
    assertThat(historyCountAs(people.otherOwner(), ended.getProcessInstanceId())).isOne();
    signIn(people.colleague());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
    identityService.clearAuthentication();
  }

  @Test
  void anEndedActionGetsNoGrantOnItsProcessAndASecondStartAddsNothing() {
    existing.ensure();
    long after = authorizations.createAuthorizationQuery().count();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(ended.getProcessInstanceId()).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(running.getProcessInstanceId()).groupIdIn(AgencyGroups.agencyGroup(people.agency())).count()).isOne();

    existing.ensure();

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(after);
  }

  private long historyCountAs(String user, String pi) {
    signIn(user);
    try {
      return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).count();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void signIn(String user) {
    identityService.setAuthentication(user, roles.groupIds(user));
  }
}
