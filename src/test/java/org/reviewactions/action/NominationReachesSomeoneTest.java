package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/**
 * An owner to nominate never waits in a group nobody is in: when the agency has no leads, the plan managers are
 * candidates too (and, as candidates, are told by the waiting-task e-mail); with leads, the leads alone.
 */
class NominationReachesSomeoneTest extends ProcessTestSupport {

  @Test
  void anAgencyWithoutLeadsHasItsNominationGoToThePlanManagersToo() {
    Task nominate = nominationFor(TestPeople.ROLE_WITHOUT_HOLDER);

    assertThat(candidateGroups(nominate)).containsExactlyInAnyOrder(AgencyGroups.leadsGroup(agency), "plan-managers");
    assertThat(taskService.createTaskQuery().taskId(nominate.getId()).taskCandidateUser(TestPeople.PLANNER).count())
        .as("a plan manager can see and claim it").isEqualTo(1);
  }

  @Test
  void anAgencyWithALeadKeepsItsNominationToItsLeads() {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));

    Task nominate = nominationFor(TestPeople.ROLE_WITHOUT_HOLDER);

    assertThat(candidateGroups(nominate)).containsExactly(AgencyGroups.leadsGroup(agency));
  }

  private Task nominationFor(String role) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(PinnedClock.NOW));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Staff are trained", "Train staff", "by December 2027", role, agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    Task task = openTask(action.getProcessInstanceId(), ActionProcess.Element.NOMINATE_OWNER);
    assertThat(task).as("Nominate action owner").isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
