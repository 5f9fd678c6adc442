package org.reviewactions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.review.Recommendation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * Process tests run the real application context on an in-memory database with the job executor off:
 * tests execute jobs themselves and move time with {@link ClockUtil}, starting from the {@link PinnedClock}.
 *
 * <p>Process test coverage: {@link ProcessCoverageConfiguration} adds the library's parse listener to the engine,
 * which records every flow node and sequence flow the tests run, and {@link ProcessEngineCoverageTestExecutionListener}
 * writes one report per test class under {@code target/process-test-coverage/}; {@link ProcessCoverageReport} merges
 * them into {@code target/process-test-coverage/all/} when the run ends (see docs/coverage.md).
 */
@SpringBootTest
@TestPropertySource(locations = "classpath:test-application.properties")
@ContextConfiguration(initializers = PinnedClock.class)
@Import(ProcessCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;
  @Autowired protected RoleDirectory roles;
  @Autowired protected PlanImportService importer;
  @Autowired protected RecommendationService recommendations;
  @Autowired protected ActionService actions;

  /** A fresh agency per test keeps role holders from leaking between tests. */
  protected String agency;

  @BeforeEach
  void initEngineAssertions() {
    AbstractAssertions.init(engine);
    PinnedClock.pin();
    TestPeople.ensure(identityService, roles);
    agency = "Agency " + UUID.randomUUID().toString().substring(0, 6);
    // E-mails asked for by earlier tests in this shared engine are not this test's to send.
    runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test isolation"));
  }

  @AfterEach
  void resetClockAndUser() {
    PinnedClock.pin();
    identityService.clearAuthentication();
  }

  protected ImportResult importPlan(TestPlan plan) {
    ImportResult result = importer.importPlan(plan.command(false));
    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    return result;
  }

  /** One action of a new review, imported at the instant, whose responsible role {@link TestPeople#OWNER} holds. */
  protected Action importedWithOwner(java.time.Instant now, String timescale) {
    ClockUtil.setCurrentTime(java.util.Date.from(now));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", timescale,
            TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  protected List<Recommendation> recommendationsOf(TestPlan plan) {
    return recommendations.forReview(plan.reviewRef());
  }

  protected List<Action> actionsOf(Recommendation recommendation) {
    return actions.forRecommendation(recommendation.getId());
  }

  protected ProcessInstance processOf(Action action) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(action.getProcessInstanceId()).singleResult();
  }

  protected ProcessInstance processOf(Recommendation recommendation) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(recommendation.getProcessInstanceId()).singleResult();
  }

  protected Task openTask(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  /** What the task's form shows under the name, read as Tasklist reads it (the task's form variables). */
  protected Object formValue(String taskId, String name) {
    return engine.getFormService().getTaskFormVariables(taskId, java.util.List.of(name), true).get(name);
  }

  /** Completes the task as the user would from Tasklist: signed in as them. */
  protected void completeAs(String userId, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, roles.groupIds(userId));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Executes the process instance's due jobs (timers that are due), as the job executor would. */
  protected int executeJobs(String processInstanceId) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
    jobs.forEach(job -> managementService.executeJob(job.getId()));
    return jobs.size();
  }

  /** Sends every requested e-mail: executes the jobs of all waiting notification processes. */
  protected int sendNotifications() {
    List<Job> jobs = managementService.createJobQuery().processDefinitionKey(NotificationProcess.KEY).executable().list();
    jobs.forEach(job -> managementService.executeJob(job.getId()));
    return jobs.size();
  }

  /** The timer job of the given element in the process instance. */
  protected Job timer(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
        .singleResult();
  }

  /** Moves the engine's clock to the instant and runs whatever became due in the process instance. */
  protected int runUntil(String processInstanceId, java.time.Instant instant) {
    ClockUtil.setCurrentTime(java.util.Date.from(instant));
    return executeJobs(processInstanceId);
  }

  /** Recipients of a task notice of this kind about the task, each sent (its notification process ended). */
  protected List<String> taskNoticesSent(Task task, String kind) {
    sendNotifications();
    List<org.camunda.bpm.engine.history.HistoricProcessInstance> mails = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(NotificationProcess.KEY).processInstanceBusinessKeyLike("task:" + task.getId() + ":" + kind + ":%")
        .list();
    assertThat(mails).allMatch(m -> m.getEndTime() != null);
    return mails.stream().map(m -> m.getBusinessKey().substring(m.getBusinessKey().lastIndexOf(':') + 1)).toList();
  }

  protected List<String> candidateGroupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
  }
}
