package org.reviewactions.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.ProgressUpdate;
import org.reviewactions.action.evidence.Evidence;
import org.reviewactions.action.evidence.EvidenceDecision;
import org.reviewactions.action.evidence.EvidenceService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.security.TestAdministrator;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.reviewactions.support.PinnedClock;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The real Tasklist of the running application in headless Chromium: the action owner signs in (on the
 * application's sign-in page, where Tasklist sends people who are not signed in), opens
 * the Deliver action task, records progress, gets the task back and submits evidence; the sub-group
 * chair follows the task's link, signs in on the way, claims Verify evidence and accepts it; the action is then Complete in the database.
 *
 * <p>On a failing step the browser's screen and page source are saved as
 * {@code target/browser-screenshots/<test>-<step>.png|.html}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Tasklist's address names the engine: /camunda/app/tasklist/default/ needs the engine called "default".
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = PinnedClock.class)
class TasklistBrowserIT {

  private static final String PASSWORD = "secret";
  private static final String MY_ACTIONS = "My actions";
  private static final String EVIDENCE_TO_VERIFY = "Evidence to verify";
  /** Hostile text a plan might carry: it must show as text and never run. */
  private static final String HOSTILE = "<script>window.xssRan = 1</script><img src=x onerror=\"window.xssRan = 2\"> ${7*7}";
  private static final String RECOMMENDATION = "Agencies share information about dangerous adults " + HOSTILE;
  private static final String ACTION_TEXT = "Set up a shared register of dangerous adults with police and housing";
  private static final String PROGRESS = "Register designed with police and housing; pilot starts next month " + HOSTILE;
  private static final String EVIDENCE_SUMMARY = "Register live since May; all three agencies record and check it " + HOSTILE;
  private static final String EVIDENCE_URL = "https://intranet.example.org/safeguarding/dangerous-adults-register";
  private static final String EVIDENCE_REFERENCES = "Register audit report 2026\n" + EVIDENCE_URL;

  @LocalServerPort int port;
  @Autowired PlanImportService importer;
  @Autowired RecommendationService recommendations;
  @Autowired ActionService actions;
  @Autowired EvidenceService evidence;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RoleDirectory roles;
  @Autowired JdbcTemplate jdbc;

  private String testName;
  private TasklistBrowser browser;
  private int stepNumber;

  @BeforeAll
  static void chromiumIsInstalled() {
    TasklistBrowser.requireChromium();
  }

  @BeforeEach
  void name(TestInfo info) {
    testName = getClass().getSimpleName() + "-" + info.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void ownerRecordsProgressAndSubmitsEvidenceThenChairAcceptsItInTasklist() {
    String agency = "Browser Agency " + UUID.randomUUID().toString().substring(0, 6);
    TestPeople.ensure(identityService, roles);
    // Without an administrator the webapps send everyone to their first-administrator setup page.
    TestAdministrator.ensure(identityService, authorizationService);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    // Due a year after the pinned today: no reminder or lapse is due while the test runs.
    String timescale = "by " + PinnedClock.TODAY.plusYears(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    TestPlan plan = TestPlan.plan().published(PinnedClock.TODAY.minusMonths(1).toString())
        .action("1", RECOMMENDATION, ACTION_TEXT, timescale, TestPeople.ROLE_WITH_HOLDER, agency);
    ImportResult imported = importer.importPlan(plan.command(false));
    assertThat(imported.errors()).isEmpty();
    assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    String reviewTitle = "SCR Test " + plan.reviewRef();
    Action action = actions.forRecommendation(recommendations.forReview(plan.reviewRef()).get(0).getId()).get(0);
    String pi = action.getProcessInstanceId();
    Task firstDeliver = openTask(pi, ActionProcess.Element.DELIVER_ACTION);
    assertThat(firstDeliver).as("Deliver action for the role holder").isNotNull();
    assertThat(firstDeliver.getAssignee()).isEqualTo(TestPeople.OWNER);

    // The owner: sign in, find the task, read its context, record progress.
    browser = TasklistBrowser.open("http://localhost:" + port);
    step("owner-signs-in", () -> browser.signIn(TestPeople.OWNER, PASSWORD));
    step("owner-sees-task-under-my-actions", () -> showUnderFilterIfItExists(MY_ACTIONS, firstDeliver, "Deliver action"));
    step("owner-opens-deliver-action", () -> {
      browser.openTask(firstDeliver.getId());
      browser.showsTaskName("Deliver action");
      assertThat(browser.waitForValue("Review", reviewTitle)).contains(reviewTitle);
      assertThat(browser.waitForValue("Action", ACTION_TEXT)).isEqualTo(ACTION_TEXT);
      assertThat(browser.valueOf("Recommendation text")).isEqualTo(RECOMMENDATION);
      assertThat(browser.script("return window.xssRan === undefined")).isEqualTo(true);
      assertThat(browser.valueOf("Timescale as written in the plan")).isEqualTo(timescale);
    });
    step("owner-records-progress", () -> {
      browser.choose("Record a progress update");
      browser.type("Progress", PROGRESS);
      browser.complete();
    });
    Task secondDeliver = step("deliver-action-comes-back", () -> browser.waitFor(
        () -> "a new Deliver action task after the progress update (" + browser.shownErrors() + ")", d -> {
          Task task = openTask(pi, ActionProcess.Element.DELIVER_ACTION);
          return task != null && !task.getId().equals(firstDeliver.getId()) ? task : null;
        }));
    assertThat(secondDeliver.getAssignee()).isEqualTo(TestPeople.OWNER);
    assertThat(actions.progress(action.getId())).extracting(ProgressUpdate::getText).containsExactly(PROGRESS);

    // The same owner gets the task back, with the progress in its history, and submits evidence.
    step("owner-opens-returned-task", () -> {
      browser.openTask(secondDeliver.getId());
      browser.showsTaskName("Deliver action");
      assertThat(browser.waitForValue("History", PROGRESS)).contains(PROGRESS);
    });
    step("owner-submits-evidence", () -> {
      browser.choose("Submit evidence that the action is complete");
      browser.type("Evidence summary", EVIDENCE_SUMMARY);
      browser.type("Evidence references", EVIDENCE_REFERENCES);
      browser.complete();
    });
    Task verify = step("verify-evidence-created", () -> browser.waitFor(
        () -> "a Verify evidence task after the evidence was submitted (" + browser.shownErrors() + ")",
        d -> openTask(pi, ActionProcess.Element.VERIFY_EVIDENCE)));
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
    step("owner-logs-out-of-tasklist", () -> assertThat(browser.logOutOfTasklist())
        .as("Tasklist's API after Log out").contains("Sign in first"));
    browser.close();
    browser = null;

    // The chair: a browser of their own, follows the task's link as from an e-mail, signs in on the way and
    // lands on the task; claims Verify evidence, reads the evidence, accepts.
    browser = TasklistBrowser.open("http://localhost:" + port);
    step("chair-signs-in-through-the-task-link", () -> {
      browser.signInThrough(browser.tasklistUrl() + "#/?task=" + verify.getId(), TestPeople.CHAIR, PASSWORD);
      browser.showsTaskName("Verify evidence");
    });
    step("chair-sees-task-under-evidence-to-verify", () -> showUnderFilterIfItExists(EVIDENCE_TO_VERIFY, verify, "Verify evidence"));
    step("chair-opens-verify-evidence", () -> {
      browser.openTask(verify.getId());
      browser.showsTaskName("Verify evidence");
      assertThat(browser.waitForValue("Evidence submitted", EVIDENCE_SUMMARY)).contains(EVIDENCE_SUMMARY).contains(EVIDENCE_URL);
      assertThat(browser.script("return window.xssRan === undefined")).isEqualTo(true);
      assertThat(browser.valueOf("Action")).isEqualTo(ACTION_TEXT);
    });
    step("chair-accepts-evidence", () -> {
      browser.claim();
      browser.choose("Accept: the action is complete");
      browser.complete();
    });
    step("action-closed", () -> browser.waitFor(
        () -> "the Verify evidence task to be completed (" + browser.shownErrors() + ")",
        d -> runtimeService.createProcessInstanceQuery().processInstanceId(pi).count() == 0 ? Boolean.TRUE : null));

    Action done = actions.get(action.getId());
    assertThat(done.getStatus()).isEqualTo(ActionStatus.COMPLETE);
    assertThat(done.getCompletedAt()).isNotNull();
    Evidence accepted = evidence.latest(action.getId()).orElseThrow();
    assertThat(accepted.getDecision()).isEqualTo(EvidenceDecision.ACCEPTED);
    assertThat(accepted.getSubmittedBy()).isEqualTo(TestPeople.OWNER);
    assertThat(accepted.getSummary()).isEqualTo(EVIDENCE_SUMMARY);
    assertThat(accepted.references()).contains(EVIDENCE_URL);
    assertThat(jdbc.queryForObject("select verified_by from evidence where action_id = ?", String.class, action.getId()))
        .isEqualTo(TestPeople.CHAIR);
    assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, action.getId()))
        .isEqualTo("COMPLETE");
    assertThat(actions.progress(action.getId())).singleElement().satisfies(update -> {
      assertThat(update.getText()).isEqualTo(PROGRESS);
      assertThat(update.getAuthor()).isEqualTo(TestPeople.OWNER);
    });
  }

  /**
   * Where the role's filter exists (tasklist/TasklistFilters creates them), the person clicks it and sees the task listed;
   * without it they follow the task's link, as from its e-mail.
   */
  private void showUnderFilterIfItExists(String filterName, Task task, String taskName) {
    assertThat(task.getName()).startsWith(taskName);
    filterService.createFilterQuery().filterName(filterName).list().stream().findFirst()
        .ifPresent(filter -> browser.showsTaskUnderFilter(filter.getId(), filterName, task.getId(), taskName));
  }

  private Task openTask(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  private void step(String name, Runnable step) {
    step(name, () -> {
      step.run();
      return null;
    });
  }

  /** Runs one step of the journey; when it fails, keeps the browser's screen as it was. */
  private <T> T step(String name, java.util.function.Supplier<T> step) {
    String label = testName + "-" + String.format("%02d", ++stepNumber) + "-" + name;
    try {
      return step.get();
    } catch (RuntimeException | AssertionError e) {
      if (browser != null) {
        browser.saveEvidenceOfFailure(label);
      }
      throw e;
    }
  }
}
