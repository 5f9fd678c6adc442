package org.reviewactions.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.reviewactions.shared.FormDates;
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
 * the Deliver action task, records progress, gets the task back, follows the form's link to the evidence page (on the same
 * sign-in), uploads files, sees a program named .pdf refused, removes a wrong file, returns to the task and submits evidence; the sub-group
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
  private static final String EVIDENCE_LINK = "Add or remove evidence files for this action";
  private static final String EVIDENCE_FILE = "Register audit 2026.pdf";
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
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

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
    // From the form to the evidence page and back, on the one sign-in: upload, a refusal, a removal, return.
    step("owner-follows-the-evidence-link", () -> {
      browser.choose("Submit evidence that the action is complete");
      assertThat(browser.waitForFormText("No files uploaded yet")).contains("Files that will go with your evidence");
      browser.followFormLink(EVIDENCE_LINK);
      assertThat(browser.currentUrl()).contains("/actions/" + action.getId() + "/evidence-files?task=" + secondDeliver.getId());
      assertThat(browser.pageText()).as("the evidence page, not a second sign-in").contains("Evidence files")
          .contains(reviewTitle).contains(ACTION_TEXT).contains(agency).contains("Return to your task");
    });
    step("owner-uploads-files", () -> {
      browser.uploadEvidence(uploadFile("wrong-file.txt", "not this one".getBytes(StandardCharsets.UTF_8)));
      browser.uploadEvidence(uploadFile(EVIDENCE_FILE, "%PDF-1.7 register audit".getBytes(StandardCharsets.US_ASCII)));
      assertThat(browser.waitingFiles()).containsExactly("wrong-file.txt", EVIDENCE_FILE);
      assertThat(browser.pageText()).contains("Olive Owner");
    });
    step("a-program-named-pdf-is-refused", () -> {
      browser.uploadEvidence(uploadFile("policy.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
      assertThat(browser.pageText()).contains("There is a problem").contains("its content is not a PDF");
      assertThat(browser.script("return document.activeElement.className")).as("focus on the error summary")
          .isEqualTo("govuk-error-summary");
      assertThat(browser.waitingFiles()).containsExactly("wrong-file.txt", EVIDENCE_FILE);
    });
    step("owner-removes-the-wrong-file", () -> {
      browser.removeEvidence("wrong-file.txt");
      assertThat(browser.pageText()).contains("Removed wrong-file.txt");
      assertThat(browser.waitingFiles()).containsExactly(EVIDENCE_FILE);
    });
    step("owner-returns-to-the-task", () -> {
      browser.returnToTask(secondDeliver.getId());
      browser.showsTaskName("Deliver action");
    });
    step("owner-submits-evidence", () -> {
      browser.choose("Submit evidence that the action is complete");
      assertThat(browser.waitForFormText(EVIDENCE_FILE)).doesNotContain("wrong-file.txt");
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
      assertThat(browser.formLinkHref(EVIDENCE_FILE)).contains("/evidence-files/");
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
    assertThat(evidence.files(accepted.getId())).extracting(f -> f.getFileName()).containsExactly(EVIDENCE_FILE);
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
   * Every date a person types is read day/month/year, even in a browser set up for the United States
   * (where Tasklist's date picker read 31/03/2027 as the 3rd of the 31st month, stored as 2029). Each date field
   * of Confirm action dates, Deliver action, Decide on lapsed action and Board challenge is typed in the real
   * Tasklist; the form echoes the date in words and the application stores exactly that day.
   */
  @Test
  void everyTypedDateIsReadDayMonthYearEvenInAnAmericanBrowser() {
    int year = PinnedClock.TODAY.getYear() + 1;
    String marchTyped = "31/03/" + year;
    LocalDate march = LocalDate.of(year, 3, 31);
    String marchShown = "Read as 31 March " + year;
    String agency = "Date Agency " + UUID.randomUUID().toString().substring(0, 6);
    TestPeople.ensure(identityService, roles);
    TestAdministrator.ensure(identityService, authorizationService);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published(PinnedClock.TODAY.minusYears(1).toString())
        .action("1", "Dates are confirmed", "Confirm the dates", "May 2026\nMarch 2026", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "A lapse is revised", "Revise the lapse", "by January 2026", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("3", "A lapse goes to the board", "Escalate the lapse", "by January 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    assertThat(importer.importPlan(plan.command(false)).errors()).isEmpty();
    java.util.List<org.reviewactions.review.Recommendation> recs = recommendations.forReview(plan.reviewRef());
    Action toConfirm = actions.forRecommendation(recs.get(0).getId()).get(0);
    Action toRevise = actions.forRecommendation(recs.get(1).getId()).get(0);
    Action toEscalate = actions.forRecommendation(recs.get(2).getId()).get(0);
    Task confirm = openTask(toConfirm.getProcessInstanceId(), ActionProcess.Element.CONFIRM_DATES);
    assertThat(confirm).as("Confirm action dates").isNotNull();

    // The plan manager: 12/01 is 12 January, not 1 December; a date in another shape is refused in words.
    browser = TasklistBrowser.open("http://localhost:" + port, "en-US");
    step("planner-signs-in", () -> browser.signIn(TestPeople.PLANNER, PASSWORD));
    step("planner-confirms-dates", () -> {
      browser.openTask(confirm.getId());
      browser.showsTaskName("Confirm action dates");
      browser.claimThroughHint();
      browser.type("Confirmed due date", year + "-03-31");
      browser.formShows("Enter the date as day/month/year, e.g. 31/03/2027.");
      assertThat(browser.shows(".fjs-form-field-error")).isTrue();
      browser.type("Confirmed due date", marchTyped);
      browser.formShows(marchShown);
      browser.type("Confirmed start date", "12/01/" + year);
      browser.formShows("Read as 12 January " + year);
      browser.complete();
    });
    step("dates-confirmed", () -> browser.waitFor(() -> "the dates to be confirmed (" + browser.shownErrors() + ")",
        d -> openTask(toConfirm.getProcessInstanceId(), ActionProcess.Element.CONFIRM_DATES) == null ? Boolean.TRUE : null));
    assertThat(actions.get(toConfirm.getId()).getDueDate()).isEqualTo(march);
    assertThat(actions.get(toConfirm.getId()).getStartDate()).isEqualTo(LocalDate.of(year, 1, 12));
    browser.close();

    // The owner: progress as at the 13th of last month, then more time until 31 March the year after.
    LocalDate asAt = PinnedClock.TODAY.minusMonths(1).withDayOfMonth(13);
    Task deliver = openTask(toConfirm.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    browser = TasklistBrowser.open("http://localhost:" + port, "en-US");
    step("owner-signs-in", () -> browser.signIn(TestPeople.OWNER, PASSWORD));
    step("owner-records-progress-as-at", () -> {
      browser.openTask(deliver.getId());
      decideWithADate("Record a progress update", "Progress as at", FormDates.typed(asAt),
          "Read as " + FormDates.shown(asAt), "Progress", "Half the staff trained");
    });
    Task deliverAgain = step("deliver-action-comes-back", () -> browser.waitFor(
        () -> "a new Deliver action task after the progress update (" + browser.shownErrors() + ")", d -> {
          Task task = openTask(toConfirm.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
          return task != null && !task.getId().equals(deliver.getId()) ? task : null;
        }));
    assertThat(actions.progress(toConfirm.getId())).extracting(ProgressUpdate::getAsAt).containsExactly(asAt);
    step("owner-asks-for-more-time", () -> {
      browser.openTask(deliverAgain.getId());
      decideWithADate("Ask for more time", "New date you can meet", "31/03/" + (year + 1), "Read as 31 March " + (year + 1),
          "Why you need more time", "Staff changes");
    });
    step("more-time-requested", () -> browser.waitFor(() -> "the request for more time (" + browser.shownErrors() + ")",
        d -> openTask(toConfirm.getProcessInstanceId(), ActionProcess.Element.DECIDE_EXTENSION)));
    assertThat(actions.get(toConfirm.getId()).getExtensionRequestedDate()).isEqualTo(LocalDate.of(year + 1, 3, 31));
    browser.close();

    // The chair: revises one lapsed action to 31 March, escalates the other to the board.
    Task reviseLapse = lapse(toRevise);
    Task escalateLapse = lapse(toEscalate);
    browser = TasklistBrowser.open("http://localhost:" + port, "en-US");
    step("chair-signs-in", () -> browser.signIn(TestPeople.CHAIR, PASSWORD));
    step("chair-revises-the-lapse", () -> {
      browser.openTask(reviseLapse.getId());
      browser.showsTaskName("Decide on lapsed action");
      assertThat(browser.taskDetails()).contains("Monitoring sub-group chairs");
      browser.claimThroughHint();
      decideWithADate("Agree a revised timescale", "Revised due date", marchTyped, marchShown,
          "Reason for the revised timescale", "New staff start in January");
    });
    step("lapse-revised", () -> browser.waitFor(() -> "the revision (" + browser.shownErrors() + ")",
        d -> march.equals(actions.get(toRevise.getId()).getDueDate()) ? Boolean.TRUE : null));
    step("chair-escalates-the-other", () -> {
      browser.openTask(escalateLapse.getId());
      browser.claimThroughHint();
      browser.choose("Escalate to the board");
      browser.type("Note to the board", "Third lapse");
      browser.complete();
    });
    Task challenge = step("board-challenge-created", () -> browser.waitFor(() -> "a Board challenge (" + browser.shownErrors() + ")",
        d -> openTask(toEscalate.getProcessInstanceId(), ActionProcess.Element.BOARD_CHALLENGE)));
    browser.close();

    // The board: keeps it escalated until 31 March, then (the review date brought forward) requires action by then.
    browser = TasklistBrowser.open("http://localhost:" + port, "en-US");
    step("board-signs-in", () -> browser.signIn(TestPeople.BOARD, PASSWORD));
    step("board-keeps-it-escalated", () -> {
      browser.openTask(challenge.getId());
      browser.claimThroughHint();
      decideWithADate("Keep escalated and review again", "Next board review", marchTyped, marchShown,
          "Board's rationale", "Awaiting the inspection report");
    });
    org.camunda.bpm.engine.runtime.Job review = step("next-review-planned", () -> browser.waitFor(
        () -> "the next board review timer (" + browser.shownErrors() + ")",
        d -> managementService.createJobQuery().processInstanceId(toEscalate.getProcessInstanceId())
            .activityId(ActionProcess.Element.NEXT_BOARD_REVIEW).timers().singleResult()));
    LocalDate reviewDay = LocalDate.ofInstant(review.getDuedate().toInstant(), java.time.ZoneId.of("Europe/London"));
    // On 31 March, or the first working day after it when that is a weekend or holiday.
    assertThat(reviewDay).isBetween(march, march.plusDays(4));
    managementService.executeJob(review.getId());
    Task challengeAgain = openTask(toEscalate.getProcessInstanceId(), ActionProcess.Element.BOARD_CHALLENGE);
    step("board-requires-action-by-a-date", () -> {
      browser.openTask(challengeAgain.getId());
      browser.claimThroughHint();
      decideWithADate("Require action by a new date", "New due date", marchTyped, marchShown,
          "Board's rationale", "Report by the end of March");
    });
    step("board-date-stored", () -> browser.waitFor(() -> "the board's date (" + browser.shownErrors() + ")",
        d -> march.equals(actions.get(toEscalate.getId()).getDueDate()) ? Boolean.TRUE : null));
  }

  /** Chooses the decision, types its date (checking the form reads it back as meant), gives the reason, completes. */
  private void decideWithADate(String choice, String dateLabel, String typed, String shown, String textLabel, String text) {
    browser.choose(choice);
    browser.type(dateLabel, typed);
    browser.formShows(shown);
    browser.type(textLabel, text);
    browser.complete();
  }

  /** Runs the action's due jobs (its lapse) as the job executor would, and returns the chair's decision task. */
  private Task lapse(Action action) {
    for (int round = 0; round < 5 && openTask(action.getProcessInstanceId(), ActionProcess.Element.DECIDE_LAPSED_ACTION) == null; round++) {
      managementService.createJobQuery().processInstanceId(action.getProcessInstanceId()).executable().list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
    Task decide = openTask(action.getProcessInstanceId(), ActionProcess.Element.DECIDE_LAPSED_ACTION);
    assertThat(decide).as("Decide on lapsed action for action " + action.getId()).isNotNull();
    return decide;
  }

  /**
   * An action owner's Tasklist offers their work and nothing else: no banner about migrating products,
   * no "Start process" or "Create task" (administrators keep both), and only the filters shared with them.
   */
  /** The lead picks the owner from the agency's people in Tasklist; someone of another agency is not offered. */
  @Test
  void aLeadNominatesAnOwnerFromTheAgencysPeopleInTasklist() {
    String agency = "Browser Agency " + UUID.randomUUID().toString().substring(0, 6);
    TestPeople.ensure(identityService, roles);
    TestAdministrator.ensure(identityService, authorizationService);
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, org.reviewactions.identity.AgencyGroups.leadsGroup(agency));
    identityService.createMembership(TestPeople.OWNER, org.reviewactions.identity.AgencyGroups.agencyGroup(agency));
    String timescale = "by " + PinnedClock.TODAY.plusYears(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    TestPlan plan = TestPlan.plan().published(PinnedClock.TODAY.minusMonths(1).toString())
        .action("1", "Nominations reach the agency", "Name an owner for the register", timescale, TestPeople.ROLE_WITHOUT_HOLDER, agency);
    assertThat(importer.importPlan(plan.command(false)).errors()).isEmpty();
    Action action = actions.forRecommendation(recommendations.forReview(plan.reviewRef()).get(0).getId()).get(0);
    Task nominate = openTask(action.getProcessInstanceId(), ActionProcess.Element.NOMINATE_OWNER);
    assertThat(nominate).isNotNull();

    browser = TasklistBrowser.open("http://localhost:" + port);
    step("lead-signs-in", () -> browser.signIn(TestPeople.LEAD, PASSWORD));
    step("lead-picks-the-owner", () -> {
      browser.openTask(nominate.getId());
      browser.showsTaskName("Nominate action owner");
      browser.claim();
      java.util.List<String> offered = browser.pickFromSelect("Owner to nominate", "Olive Owner (owner1@example.org)");
      assertThat(offered).contains("Olive Owner (owner1@example.org)", "Lena Lead (lead1@example.org)")
          .noneMatch(option -> option.contains("Oscar Other"));
      browser.complete();
    });
    step("the-owner-gets-the-action", () -> browser.waitFor(() -> "the nominee never became the owner (" + browser.shownErrors() + ")",
        d -> TestPeople.OWNER.equals(actions.get(action.getId()).getOwnerUserId()) ? true : null));
  }

  @Test
  void anOwnerSeesOnlyTheirFiltersAndNoStartProcessCreateTaskOrBanner() {
    TestPeople.ensure(identityService, roles);
    TestAdministrator.ensure(identityService, authorizationService);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, "Filter Agency", TestPeople.OTHER_OWNER);

    browser = TasklistBrowser.open("http://localhost:" + port);
    step("owner-signs-in", () -> browser.signIn(TestPeople.OTHER_OWNER, PASSWORD));
    step("owner-sees-only-their-filters", () -> assertThat(browser.filterNames())
        .containsExactly("My actions", "Due in the next 14 days", "Overdue"));
    step("owner-sees-no-banner-start-process-or-create-task", () -> {
      browser.waitUntilShown(".navbar-brand");
      assertThat(browser.shows(".ce-eol-banner")).as("migration banner").isFalse();
      assertThat(browser.shows(".start-process-action")).as("Start process").isFalse();
      assertThat(browser.shows(".create-task-action")).as("Create task").isFalse();
    });
    browser.close();

    browser = TasklistBrowser.open("http://localhost:" + port);
    step("administrator-signs-in", () -> browser.signIn(TestAdministrator.ID, PASSWORD));
    step("administrator-keeps-start-process-and-create-task", () -> {
      browser.waitUntilShown(".start-process-action");
      browser.waitUntilShown(".create-task-action");
      assertThat(browser.shows(".ce-eol-banner")).as("migration banner").isFalse();
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

  /** A file on disk for the browser to upload. */
  private static java.nio.file.Path uploadFile(String name, byte[] content) {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "browser-uploads",
          UUID.randomUUID().toString()));
      return java.nio.file.Files.write(folder.resolve(name), content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
