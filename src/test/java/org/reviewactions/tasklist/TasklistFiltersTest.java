package org.reviewactions.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.reviewactions.tasklist.TasklistFilters.Names;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Tasklist filters: created once, shared with the right people, and each shows the right tasks in due order. */
class TasklistFiltersTest extends ProcessTestSupport {

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Filters shared with everyone carry this user id in their GLOBAL authorization. */
  private static final String EVERYONE = "*";

  @Autowired TasklistFilters filters;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEnginesTasksAreIndexedByTheStepTheGroupFiltersAskForAndByOwnerInDueDateOrder() {
    for (String index : List.of(TaskIndexes.STEP, TaskIndexes.ASSIGNEE_DUE)) {
      assertThat(jdbc.queryForObject("select count(*) from INFORMATION_SCHEMA.INDEXES where upper(INDEX_NAME) = ?",
          Integer.class, index)).as(index).isPositive();
    }
  }

  @Test
  void everyFilterExistsOnceAfterStartAndCreatingThemAgainAddsNothing() {
    Names.ALL.forEach(name -> assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1));
    long filtersBefore = filterService.createFilterQuery().count();
    long authorizationsBefore = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

    assertThat(filters.ensureFilters()).isEmpty();
    assertThat(filters.ensureFilters()).isEmpty();

    Names.ALL.forEach(name -> assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1));
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filtersBefore);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
        .isEqualTo(authorizationsBefore);
    // The curated filters replace the starter's catch-all one.
    assertThat(filterService.createFilterQuery().filterName("All tasks").count()).isZero();
  }

  @Test
  void aUsersOwnFilterWithTheSameNameDoesNotStandInForTheSharedOne() {
    Filter shared = filter(Names.OVERDUE);
    Filter personal = filterService.saveFilter(filterService.newTaskFilter(Names.OVERDUE).setOwner(TestPeople.OWNER)
        .setQuery(taskService.createTaskQuery()));
    filterService.deleteFilter(shared.getId());
    try {
      assertThat(filters.ensureFilters()).containsExactly(Names.OVERDUE);
      Filter recreated = filterService.createFilterQuery().filterName(Names.OVERDUE).list().stream()
          .filter(f -> f.getOwner() == null).findFirst().orElseThrow();
      assertThat(recreated.getId()).isNotEqualTo(shared.getId());
      assertThat(authorizationsOn(recreated)).hasSize(1);
    } finally {
      filterService.deleteFilter(personal.getId());
    }
    assertThat(filters.ensureFilters()).isEmpty();
  }

  @Test
  void filtersAreListedInRoleOrderAndShowReviewDueDateAndStatus() {
    int previousPriority = Integer.MIN_VALUE;
    for (String name : Names.ALL) {
      Map<String, Object> properties = filter(name).getProperties();
      assertThat((String) properties.get("description")).as(name).isNotBlank();
      assertThat((String) properties.get("color")).as(name).matches("#[0-9a-f]{6}");
      assertThat(properties.get("refresh")).as(name).isEqualTo(true);
      int priority = ((Number) properties.get("priority")).intValue();
      assertThat(priority).as(name).isGreaterThan(previousPriority);
      previousPriority = priority;
      assertThat(properties.get("variables")).as(name).isEqualTo(List.of(
          Map.of("name", "ctxReview", "label", "Review"),
          Map.of("name", "ctxDueDate", "label", "Due"),
          Map.of("name", "ctxStatus", "label", "Status")));
    }
  }

  @Test
  void eachFilterIsSharedWithThePeopleItIsFor() {
    Map<String, String> sharedWith = new LinkedHashMap<>();
    sharedWith.put(Names.MY_ACTIONS, EVERYONE);
    sharedWith.put(Names.DUE_SOON, EVERYONE);
    sharedWith.put(Names.OVERDUE, EVERYONE);
    sharedWith.put(Names.EVIDENCE_TO_VERIFY, "subgroup-chairs");
    sharedWith.put(Names.LAPSED_DECISIONS, "subgroup-chairs");
    sharedWith.put(Names.RECOMMENDATIONS_TO_CONFIRM, "subgroup-chairs");
    sharedWith.put(Names.BOARD_CHALLENGE, "board");
    sharedWith.put(Names.DATES_TO_CONFIRM, "plan-managers");
    assertThat(sharedWith.keySet()).containsExactlyElementsOf(Names.ALL.subList(0, Names.ALL.size() - 1));

    sharedWith.forEach((name, who) -> {
      List<Authorization> authorizations = authorizationsOn(filter(name));
      assertThat(authorizations).as(name).hasSize(1);
      Authorization authorization = authorizations.get(0);
      if (who.equals(EVERYONE)) {
        assertThat(authorization.getAuthorizationType()).as(name).isEqualTo(Authorization.AUTH_TYPE_GLOBAL);
        assertThat(authorization.getUserId()).as(name).isEqualTo(EVERYONE);
        assertThat(authorization.getGroupId()).as(name).isNull();
      } else {
        assertThat(authorization.getAuthorizationType()).as(name).isEqualTo(Authorization.AUTH_TYPE_GRANT);
        assertThat(authorization.getGroupId()).as(name).isEqualTo(who);
        assertThat(authorization.getUserId()).as(name).isNull();
      }
      assertThat(authorization.isPermissionGranted(Permissions.READ)).as(name).isTrue();
      assertThat(authorization.isPermissionGranted(Permissions.UPDATE)).as(name + " is not editable by its audience").isFalse();
    });
  }

  /**
   * "Owners to nominate" is shared with every agency's leads group, including one a later import
   * creates, and with nobody else; the grant to everyone of earlier versions is taken away on start.
   */
  @Test
  void ownersToNominateIsSharedWithEveryAgencysLeadsAndNobodyElse() {
    Filter nominate = filter(Names.OWNERS_TO_NOMINATE);
    List<Authorization> before = authorizationsOn(nominate);
    assertThat(before).isNotEmpty().allSatisfy(authorization -> {
      assertThat(authorization.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
      assertThat(authorization.getGroupId()).endsWith("-leads");
      assertThat(authorization.isPermissionGranted(Permissions.UPDATE)).isFalse();
    });
    assertThat(before).extracting(Authorization::getGroupId).contains(AgencyGroups.leadsGroup(TestPeople.AGENCY));

    String newAgency = "Agency imported later " + System.nanoTime();
    roles.ensureAgencyGroups(newAgency);
    assertThat(authorizationsOn(nominate)).extracting(Authorization::getGroupId)
        .contains(AgencyGroups.leadsGroup(newAgency)).doesNotContain(AgencyGroups.agencyGroup(newAgency));

    // An earlier version's grant to everyone goes on the next start.
    Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(EVERYONE);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(nominate.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
    assertThat(filters.ensureFilters()).isEmpty();
    assertThat(authorizationsOn(nominate)).extracting(Authorization::getAuthorizationType)
        .containsOnly(Authorization.AUTH_TYPE_GRANT);

    // An owner in no leads group does not see the filter at all; a lead does.
    assertThat(canRead(TestPeople.OTHER_OWNER, nominate)).isFalse();
    assertThat(canRead(TestPeople.LEAD, nominate)).isTrue();
  }

  private boolean canRead(String userId, Filter filter) {
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groupIds);
    try {
      return filterService.createFilterQuery().filterId(filter.getId()).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void myActionsDueSoonAndOverdueShowTheUsersOwnTasksMostUrgentFirst() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    LocalDate today = LocalDate.ofInstant(NOW, LONDON);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    // Imported out of due order, so that the filters' sorting, not the creation order, puts them in line.
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information", "Due in 60 days", today.plusDays(60).format(UK_DATE),
            TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Staff are trained", "Due in 10 days", today.plusDays(10).format(UK_DATE),
            TestPeople.ROLE_WITH_HOLDER, agency)
        .action("3", "Policy is rewritten", "Overdue", "by January 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    String in60Days = deliverTask(plan, "1");
    String in10Days = deliverTask(plan, "2");
    String overdue = deliverTask(plan, "3");
    List<String> mine = List.of(in60Days, in10Days, overdue);

    assertThat(run(Names.MY_ACTIONS, TestPeople.OWNER, mine)).containsExactly(overdue, in10Days, in60Days);
    assertThat(run(Names.DUE_SOON, TestPeople.OWNER, mine)).containsExactly(in10Days);
    assertThat(run(Names.OVERDUE, TestPeople.OWNER, mine)).containsExactly(overdue);
    // The whole list, not only this test's tasks, is in due order.
    List<Date> dueDates = runTasks(Names.MY_ACTIONS, TestPeople.OWNER).stream().map(Task::getDueDate)
        .filter(java.util.Objects::nonNull).toList();
    assertThat(dueDates).isSorted();

    for (String name : List.of(Names.MY_ACTIONS, Names.DUE_SOON, Names.OVERDUE)) {
      assertThat(run(name, TestPeople.OTHER_OWNER, mine)).as(name + " for someone else").isEmpty();
      assertThat(run(name, TestPeople.CHAIR, mine)).as(name + " for a chair").isEmpty();
    }

    // The expressions resolve when the filter runs: seven weeks on, the 60-day action is due soon, the 10-day one overdue.
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(49L * 24 * 3600)));
    assertThat(run(Names.DUE_SOON, TestPeople.OWNER, mine)).containsExactly(in60Days);
    assertThat(run(Names.OVERDUE, TestPeople.OWNER, mine)).containsExactly(overdue, in10Days);
  }

  @Test
  void evidenceToVerifyShowsTheMonitoringGroupItsVerificationsEvenOnceClaimedThenTheRecommendationToConfirm() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information", "Set up the register", "by December 2026", TestPeople.ROLE_WITH_HOLDER,
            agency);
    importPlan(plan);
    Action action = onlyAction(plan, "1");
    Task deliver = openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION);
    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.CHAIR, List.of(deliver.getId()))).isEmpty();

    completeAs(TestPeople.OWNER, deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Register audit 2026"));
    Task verify = openTask(action.getProcessInstanceId(), Element.VERIFY_EVIDENCE);
    List<String> ids = List.of(verify.getId());

    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.CHAIR, ids)).containsExactly(verify.getId());
    // owner2 is in no group at all: an empty list, not an error.
    assertThat(identityService.createGroupQuery().groupMember(TestPeople.OTHER_OWNER).count()).isZero();
    assertThat(runTasks(Names.EVIDENCE_TO_VERIFY, TestPeople.OTHER_OWNER)).isEmpty();
    String verifyFilterId = filter(Names.EVIDENCE_TO_VERIFY).getId();
    identityService.setAuthentication(TestPeople.OTHER_OWNER, List.of());
    try {
      assertThatThrownBy(() -> filterService.list(verifyFilterId))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.BOARD, ids)).isEmpty();
    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.CHAIR, ids)).as("only its own kind of task").isEmpty();
    assertThat(run(Names.MY_ACTIONS, TestPeople.CHAIR, ids)).isEmpty();

    // Claimed work stays in the group's list, and is now in the claimant's own list too.
    taskService.claim(verify.getId(), TestPeople.CHAIR);
    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.CHAIR, ids)).containsExactly(verify.getId());
    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.SECOND_CHAIR, ids)).containsExactly(verify.getId());
    assertThat(run(Names.MY_ACTIONS, TestPeople.CHAIR, ids)).containsExactly(verify.getId());

    completeAs(TestPeople.CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(run(Names.EVIDENCE_TO_VERIFY, TestPeople.CHAIR, ids)).isEmpty();

    Recommendation recommendation = recommendationsOf(plan).get(0);
    Task confirm = openTask(recommendation.getProcessInstanceId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    assertThat(run(Names.RECOMMENDATIONS_TO_CONFIRM, TestPeople.SECOND_CHAIR, List.of(confirm.getId())))
        .containsExactly(confirm.getId());
    assertThat(run(Names.RECOMMENDATIONS_TO_CONFIRM, TestPeople.BOARD, List.of(confirm.getId()))).isEmpty();
  }

  @Test
  void lapsedDecisionsGoToTheChairsAndEscalationsToTheBoard() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information", "Set up the register", "by January 2026", TestPeople.ROLE_WITH_HOLDER,
            agency);
    importPlan(plan);
    Action action = onlyAction(plan, "1");
    // Imported past its due date: the lapse timer is due at once.
    executeJobs(action.getProcessInstanceId());
    Task decide = openTask(action.getProcessInstanceId(), Element.DECIDE_LAPSED_ACTION);
    List<String> ids = List.of(decide.getId());

    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.CHAIR, ids)).containsExactly(decide.getId());
    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.BOARD, ids)).isEmpty();
    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.OTHER_OWNER, ids)).isEmpty();
    assertThat(run(Names.BOARD_CHALLENGE, TestPeople.CHAIR, ids)).isEmpty();

    completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse"));
    assertThat(processOf(action)).isWaitingAt(Element.BOARD_CHALLENGE);
    Task challenge = openTask(action.getProcessInstanceId(), Element.BOARD_CHALLENGE);
    List<String> challengeIds = List.of(challenge.getId());

    assertThat(run(Names.BOARD_CHALLENGE, TestPeople.BOARD, challengeIds)).containsExactly(challenge.getId());
    assertThat(run(Names.BOARD_CHALLENGE, TestPeople.CHAIR, challengeIds)).isEmpty();
    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.CHAIR, ids)).isEmpty();
  }

  @Test
  void requestsForMoreTimeAreAmongTheChairsDecisions() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information", "Set up the register", "by December 2026", TestPeople.ROLE_WITH_HOLDER,
            agency);
    importPlan(plan);
    Action action = onlyAction(plan, "1");
    completeAs(TestPeople.OWNER, openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(
        Var.SUBMISSION, Value.SUBMIT_EXTENSION, Var.EXTENSION_DATE, "31/03/2027", Var.EXTENSION_REASON, "Staff shortage"));
    Task extension = openTask(action.getProcessInstanceId(), Element.DECIDE_EXTENSION);

    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.CHAIR, List.of(extension.getId()))).containsExactly(extension.getId());
    assertThat(run(Names.LAPSED_DECISIONS, TestPeople.PLANNER, List.of(extension.getId()))).isEmpty();
  }

  @Test
  void planManagersConfirmDatesAndAgencyLeadsNominateOwners() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information", "Set up the register", "May 2026\nMarch 2026",
            TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Staff are trained", "Train staff", "by December 2026", TestPeople.ROLE_WITHOUT_HOLDER, agency);
    importPlan(plan);
    Task confirmDates = openTask(onlyAction(plan, "1").getProcessInstanceId(), Element.CONFIRM_DATES);
    Task nominate = openTask(onlyAction(plan, "2").getProcessInstanceId(), Element.NOMINATE_OWNER);
    List<String> ids = List.of(confirmDates.getId(), nominate.getId());

    assertThat(run(Names.DATES_TO_CONFIRM, TestPeople.PLANNER, ids)).containsExactly(confirmDates.getId());
    assertThat(run(Names.DATES_TO_CONFIRM, TestPeople.LEAD, ids)).isEmpty();
    assertThat(run(Names.OWNERS_TO_NOMINATE, TestPeople.LEAD, ids)).containsExactly(nominate.getId());
    assertThat(run(Names.OWNERS_TO_NOMINATE, TestPeople.PLANNER, ids)).isEmpty();
    // Another agency's lead sees nothing of this agency's nominations.
    identityService.createMembership(TestPeople.OTHER_OWNER, AgencyGroups.leadsGroup(TestPeople.AGENCY));
    try {
      assertThat(run(Names.OWNERS_TO_NOMINATE, TestPeople.OTHER_OWNER, ids)).isEmpty();
    } finally {
      identityService.deleteMembership(TestPeople.OTHER_OWNER, AgencyGroups.leadsGroup(TestPeople.AGENCY));
    }
  }

  private Filter filter(String name) {
    List<Filter> found = filterService.createFilterQuery().filterName(name).list();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  private List<Authorization> authorizationsOn(Filter filter) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId()).list();
  }

  private Action onlyAction(TestPlan plan, String recommendationNumber) {
    Recommendation recommendation = recommendationsOf(plan).stream()
        .filter(r -> r.getNumber().equals(recommendationNumber)).findFirst().orElseThrow();
    List<Action> found = actionsOf(recommendation);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private String deliverTask(TestPlan plan, String recommendationNumber) {
    Task task = openTask(onlyAction(plan, recommendationNumber).getProcessInstanceId(), Element.DELIVER_ACTION);
    assertThat(task).isAssignedTo(TestPeople.OWNER);
    return task.getId();
  }

  /** The filter's tasks as Tasklist would list them for the user, signed in with their groups. */
  private List<Task> runTasks(String filterName, String userId) {
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    String filterId = filter(filterName).getId();
    identityService.setAuthentication(userId, groupIds);
    try {
      return filterService.list(filterId);
    } catch (AuthorizationException notShared) {
      // With authorization on, a filter not shared with the user shows them nothing at all.
      return List.of();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The ids of this test's tasks among the filter's tasks for the user, in the filter's order. */
  private List<String> run(String filterName, String userId, List<String> taskIds) {
    return runTasks(filterName, userId).stream().map(Task::getId).filter(taskIds::contains).toList();
  }
}
