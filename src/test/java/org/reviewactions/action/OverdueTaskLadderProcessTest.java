package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ladder of a people's task left undone (rat.deadlines): at its deadline the chairs are told and the action goes
 * Red; a second period later the routed board group may do the task and is told, and the action's history says so.
 */
class OverdueTaskLadderProcessTest extends ProcessTestSupport {

  @Autowired NotificationService notifications;
  @Autowired PeopleAndRoles people;

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  /** Ten working days on: Monday 16 March 2026, 09:00 London. */
  private static final Instant TEN_WORKING_DAYS = Instant.parse("2026-03-16T09:00:00Z");
  /** Twenty working days on: Monday 30 March 2026, 09:00 London in summer time. */
  private static final Instant TWENTY_WORKING_DAYS = Instant.parse("2026-03-30T08:00:00Z");

  private Action importAt(String timescale, String role) {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", timescale, role, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private Action withOwner(String timescale) {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    return importAt(timescale, TestPeople.ROLE_WITH_HOLDER);
  }

  private List<Notification> sent(Action action, String kind) {
    sendNotifications();
    return notifications.forAction(action.getId()).stream().filter(n -> n.getKind().equals(kind)).toList();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private List<HistoryEntry> escalations(Action action) {
    return actions.history(action.getId()).stream().filter(e -> e.getKind().equals(HistoryKind.TASK_ESCALATED.name())).toList();
  }

  private String status(Task task) {
    return (String) taskService.getVariableLocal(task.getId(), TaskContext.STATUS);
  }

  private Rag rag(Action action) {
    return actions.rag(actions.get(action.getId()));
  }

  /** Runs the ladder of the waiting task: first period (chairs), then second (board); checks what both leave. */
  private Task climb(Action action, String taskKey, String firstTimer, String secondTimer, String secondStep) {
    ProcessInstance pi = processOf(action);
    assertThat(timer(pi.getId(), secondTimer).getDuedate().toInstant()).isEqualTo(TWENTY_WORKING_DAYS);
    assertThat(status(openTask(pi.getId(), taskKey))).endsWith("· Green");

    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));
    assertThat(pi).hasPassed(firstTimer).hasNotPassed(secondTimer).isWaitingAt(taskKey);
    assertThat(rag(action)).isEqualTo(Rag.RED);
    assertThat(openTask(pi.getId(), taskKey).getPriority()).isEqualTo(Rag.RED.taskPriority());
    // Tasklist's status column reads the RAG too.
    assertThat(status(openTask(pi.getId(), taskKey))).endsWith("· Red");
    assertThat(candidateGroups(openTask(pi.getId(), taskKey))).doesNotContain("board");
    assertThat(sent(action, "task-with-board")).isEmpty();

    runUntil(pi.getId(), TWENTY_WORKING_DAYS.minusSeconds(60));
    assertThat(pi).hasNotPassed(secondTimer);
    runUntil(pi.getId(), TWENTY_WORKING_DAYS.plusSeconds(1));
    assertThat(pi).hasPassed(secondTimer, secondStep).isWaitingAt(taskKey);
    Task task = openTask(pi.getId(), taskKey);
    // The routed board group (action-routing.dmn's last row: the configured board) may now do the task.
    assertThat(candidateGroups(task)).contains("board");
    assertThat(task.getPriority()).isEqualTo(Rag.RED.taskPriority());
    assertThat(rag(action)).isEqualTo(Rag.RED);
    List<Notification> told = sent(action, "task-with-board");
    assertThat(told).extracting(Notification::getRecipient).contains("board1@example.org").doesNotContain("chair1@example.org");
    assertThat(told).extracting(Notification::getIdempotencyKey).doesNotHaveDuplicates().allMatch(k -> k.contains(task.getId()));
    assertThat(escalations(action)).singleElement().satisfies(e -> assertThat(e.getText())
        .contains("taken to the board (board)").contains("was still not done a second period after its deadline"));
    return task;
  }

  @Test
  void evidenceStillNotVerifiedASecondPeriodAfterItsDeadlineGoesToTheBoardWhichCanVerifyIt() {
    Action action = withOwner("by 30/04/2026");
    ProcessInstance pi = processOf(action);
    assertThat(rag(action)).isEqualTo(Rag.GREEN);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));

    Task verify = climb(action, Element.VERIFY_EVIDENCE, Element.VERIFY_EVIDENCE_OVERDUE,
        Element.VERIFY_EVIDENCE_OVERDUE_TWICE, Element.TAKE_VERIFICATION_TO_BOARD);
    assertThat(escalations(action).get(0).getText()).contains("“Verify evidence” (due Monday 16 March 2026)");

    // A board member, a candidate now, does the task.
    completeAs(TestPeople.BOARD, verify, Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(pi).isEnded();
    assertThat(rag(action)).isEqualTo(Rag.COMPLETE);
  }

  @Test
  void anExtensionStillNotDecidedASecondPeriodAfterItsDeadlineGoesToTheBoard() {
    Action action = withOwner("by 30/04/2026");
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));

    Task decide = climb(action, Element.DECIDE_EXTENSION, Element.DECIDE_EXTENSION_OVERDUE,
        Element.DECIDE_EXTENSION_OVERDUE_TWICE, Element.TAKE_EXTENSION_TO_BOARD);
    assertThat(escalations(action).get(0).getText()).contains("“Decide on extension”");

    completeAs(TestPeople.BOARD, decide, Map.of(Var.EXTENSION_DECISION, Value.REFUSE, Var.EXTENSION_RESPONSE, "Not needed"));
    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
  }

  @Test
  void aNominationStillNotMadeASecondPeriodAfterItsDeadlineGoesToTheBoard() {
    roles.ensureAgencyGroups(agency);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITHOUT_HOLDER);

    climb(action, Element.NOMINATE_OWNER, Element.NOMINATE_OWNER_OVERDUE, Element.NOMINATE_OWNER_OVERDUE_TWICE,
        Element.TAKE_NOMINATION_TO_BOARD);
    assertThat(escalations(action).get(0).getText()).contains("“Nominate action owner”");
  }

  @Test
  void datesStillNotConfirmedASecondPeriodAfterTheirDeadlineGoToTheBoard() {
    Action action = withOwner("May 2026\nMarch 2026");

    climb(action, Element.CONFIRM_DATES, Element.CONFIRM_DATES_OVERDUE, Element.CONFIRM_DATES_OVERDUE_TWICE,
        Element.TAKE_DATES_TO_BOARD);
    assertThat(escalations(action).get(0).getText()).contains("“Confirm action dates”");
  }

  @Test
  void aBoardChallengeStillNotMadeASecondPeriodAfterItsDeadlineTellsTheBoardAgain() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    Action action = importAt("by January 2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    executeJobs(pi.getId());
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION),
        Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse"));
    Instant first = timer(pi.getId(), Element.BOARD_CHALLENGE_OVERDUE).getDuedate().toInstant();
    // Forty working days (twice twenty), Easter's two bank holidays skipped: Wednesday 29 April 2026, 09:00 London.
    Instant second = timer(pi.getId(), Element.BOARD_CHALLENGE_OVERDUE_TWICE).getDuedate().toInstant();
    assertThat(second).isEqualTo(Instant.parse("2026-04-29T08:00:00Z"));

    runUntil(pi.getId(), first.plusSeconds(1));
    assertThat(pi).hasPassed(Element.BOARD_CHALLENGE_OVERDUE).hasNotPassed(Element.BOARD_CHALLENGE_OVERDUE_TWICE);
    runUntil(pi.getId(), second.plusSeconds(1));

    assertThat(pi).hasPassed(Element.BOARD_CHALLENGE_OVERDUE_TWICE, Element.EMAIL_BOARD_CHALLENGE_OVERDUE_AGAIN)
        .isWaitingAt(Element.BOARD_CHALLENGE);
    Task challenge = openTask(pi.getId(), Element.BOARD_CHALLENGE);
    // Already the board's: not handed over a second time.
    assertThat(candidateGroups(challenge)).containsExactly("board");
    assertThat(sent(action, "task-with-board")).extracting(Notification::getRecipient).contains("board1@example.org")
        .doesNotContain("chair1@example.org");
    assertThat(escalations(action)).singleElement().satisfies(e -> assertThat(e.getText())
        .contains("“Board challenge”").contains("the board (board) was told again"));
  }

  @Test
  void aTaskDoneAfterItsDeadlineButBeforeTheSecondPeriodNeverReachesTheBoard() {
    Action action = withOwner("by 30/04/2026");
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));
    assertThat(rag(action)).isEqualTo(Rag.RED);

    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_EXTENSION),
        Map.of(Var.EXTENSION_DECISION, Value.REFUSE, Var.EXTENSION_RESPONSE, "Not needed"));
    // No task is past its deadline any more, and the due date is weeks away: the action is Green again.
    assertThat(rag(action)).isEqualTo(Rag.GREEN);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Element.DECIDE_EXTENSION_OVERDUE_TWICE).count()).isZero();
    runUntil(pi.getId(), TWENTY_WORKING_DAYS.plusSeconds(1));
    assertThat(sent(action, "task-with-board")).isEmpty();
    assertThat(escalations(action)).isEmpty();
  }

  @Test
  void aRoleGivenAHolderOnThePeoplePageEndsTheNominationAndTheHolderIsAssigned() {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITHOUT_HOLDER);
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER);
    Long roleId = roles.findOrCreate(TestPeople.ROLE_WITHOUT_HOLDER, agency).getId();

    int moved = people.changeHolder(roleId, TestPeople.OWNER, TestPeople.PLANNER);

    assertThat(moved).isEqualTo(1);
    assertThat(pi).hasPassed(Element.ROLE_HOLDER_NAMED, Element.EMAIL_ASSIGNMENT).hasNotPassed(Element.RECORD_NOMINEE)
        .isWaitingAt(Element.DELIVER_ACTION);
    assertThat(openTask(pi.getId(), Element.NOMINATE_OWNER)).isNull();
    assertThat(openTask(pi.getId(), Element.DELIVER_ACTION).getAssignee()).isEqualTo(TestPeople.OWNER);
    Action now = actions.get(action.getId());
    assertThat(now.getOwnerUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(now.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(actions.history(action.getId())).filteredOn(e -> e.getKind().equals(HistoryKind.ROLE_HOLDER_CHANGED.name()))
        .singleElement().satisfies(e -> assertThat(e.getText()).contains("the nomination of an owner ended")
            .contains(TestPeople.ROLE_WITHOUT_HOLDER));
    assertThat(sent(action, "assignment")).extracting(Notification::getRecipient).containsExactly("owner1@example.org");
    // The nomination's overdue timers went with it.
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Element.NOMINATE_OWNER_OVERDUE_TWICE)
        .count()).isZero();
  }
}
