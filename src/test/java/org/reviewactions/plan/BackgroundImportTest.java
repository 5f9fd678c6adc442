package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.plan.ImportStatus.Status;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan above the background threshold (10 here) imported in chunks of about 10 actions: 30 actions in 6
 * recommendations make chunk 1 the review, chunks 2-4 the rows, chunks 5-7 the processes and chunk 8 the release.
 * Two workers (the default) run chunks 2 and 3 at once, then 4; 5 and 6 at once, then 7.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.import.background-threshold=10", "rat.import.chunk-size=10"})
class BackgroundImportTest extends ProcessTestSupport {

  private static final int ACTIONS = 30;
  private static final String SECOND_PLANNER = "planner-background";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired BackgroundImports background;
  @Autowired PlanImports imports;

  @AfterEach
  void noHook() {
    background.afterChunk(null);
  }

  /** Five actions to a recommendation, each given to a role with a holder, so that each asks for an e-mail. */
  private TestPlan plan() {
    TestPlan plan = TestPlan.plan();
    for (int i = 0; i < ACTIONS; i++) {
      int rec = i / 5 + 1;
      plan.action("R" + rec, "Recommendation " + rec, "Audit the referrals of " + plan.reviewRef() + ", part " + i,
          "by March 2027", TestPeople.ROLE_WITH_HOLDER, TestPeople.AGENCY);
    }
    return plan;
  }

  /** What there is of the engine and the e-mails before an import, to compare with after its rollback. */
  private record Before(long jobs, long processes, long historicProcesses, int notifications) {}

  private Before before() {
    return new Before(managementService.createJobQuery().count(), runtimeService.createProcessInstanceQuery().count(),
        historyService.createHistoricProcessInstanceQuery().count(),
        jdbc.queryForObject("select count(*) from notification", Integer.class));
  }

  private long start(TestPlan plan) throws Exception {
    String location = mvc.perform(multipart("/api/action-plans")
            .file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv()))
            .param("reviewRef", plan.reviewRef()).param("title", "SCR Large").param("board", "Test LSCB")
            .param("published", "2026-01-15").param("acknowledge", "unreachable")
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.outcome").value("STARTED"))
        .andExpect(jsonPath("$.actionCount").value(ACTIONS))
        .andReturn().getResponse().getHeader("Location");
    assertThat(location).matches("/api/imports/[0-9]+");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private ImportStatus awaitEnd(long id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    // Busy alone is not enough: just after the request the import may still wait in the queue, not yet picked up.
    while ((background.busy() || unfinished(id)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    return imports.find(id).orElseThrow();
  }

  private boolean unfinished(long id) {
    String status = imports.find(id).map(found -> found.status().name()).orElse("QUEUED");
    return status.equals("QUEUED") || status.equals("RUNNING");
  }

  @Test
  void largePlanImportsInTheBackgroundAndRunsOnlyOnceEveryActionIsStarted() throws Exception {
    TestPlan plan = plan();
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    AtomicReference<String> midway = new AtomicReference<>();
    AtomicLong activeMidway = new AtomicLong(-1);
    AtomicLong heldMidway = new AtomicLong(-1);
    AtomicLong importId = new AtomicLong();
    background.afterChunk(chunk -> {
      if (chunk == 7) {
        // Chunks 5 and 6 have started (and committed) the processes of the first twenty actions; with two workers
        // they ran at once, and chunk 7 runs after both.
        activeMidway.set(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%")
            .active().count());
        heldMidway.set(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
            .suspended().count());
        try {
          midway.set(mvc.perform(get("/plans/import/" + importId.get()).session(planner)).andReturn().getResponse()
              .getContentAsString());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    });
    importId.set(start(plan));

    ImportStatus done = awaitEnd(importId.get());

    assertThat(done.status()).isEqualTo(Status.DONE);
    assertThat(done.actionsStarted()).isEqualTo(ACTIONS);
    assertThat(done.actionsSaved()).isEqualTo(ACTIONS);
    assertThat(activeMidway.get()).as("no process of the plan runs before the last chunk").isZero();
    assertThat(heldMidway.get()).as("e-mails asked for by the first chunk are held").isPositive();
    assertThat(midway.get()).contains("20 of 30 actions started").contains("/js/import-progress.js");
    assertThat(jdbc.queryForObject("select count(*) from recommendation r join review v on r.review_id = v.id "
        + "where v.reference = ? and r.process_instance_id is not null", Integer.class, plan.reviewRef())).isEqualTo(6);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%")
        .suspended().count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%/%")
        .active().count()).isEqualTo(ACTIONS);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .suspended().count()).as("every held e-mail released").isZero();
    mvc.perform(get("/api/imports/" + importId.get()).header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DONE"))
        .andExpect(jsonPath("$.actionsStarted").value(ACTIONS))
        .andExpect(jsonPath("$.startedBy").value(TestPeople.PLANNER));
    String page = mvc.perform(get("/plans/import/" + importId.get()).session(planner)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Action plan imported").contains("30 of 30 actions started")
        .doesNotContain("import-progress.js");
  }

  /**
   * The processes of a chunk are written suspended when they start (plan/SuspendedStarts), not written active and
   * then updated: every execution, task and job of the plan is still at its first revision midway, and suspended.
   */
  @Test
  void processesAreWrittenSuspendedOnceAndActivatedOnce() throws Exception {
    TestPlan plan = plan();
    String key = plan.reviewRef() + "/%";
    String rows = "select count(*) as n, max(r.REV_) as rev, min(r.SUSPENSION_STATE_) as low, max(r.SUSPENSION_STATE_) "
        + "as high from %s r join ACT_RU_EXECUTION p on p.ID_ = r.%s where p.BUSINESS_KEY_ like ?";
    java.util.Map<String, java.util.Map<String, Object>> midway = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicLong historicActiveMidway = new AtomicLong(-1);
    background.afterChunk(chunk -> {
      if (chunk == 7) {
        midway.put("executions", jdbc.queryForMap(rows.formatted("ACT_RU_EXECUTION", "PROC_INST_ID_"), key));
        midway.put("tasks", jdbc.queryForMap(rows.formatted("ACT_RU_TASK", "PROC_INST_ID_"), key));
        midway.put("jobs", jdbc.queryForMap(rows.formatted("ACT_RU_JOB", "PROCESS_INSTANCE_ID_"), key));
        historicActiveMidway.set(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ? "
            + "and STATE_ <> 'SUSPENDED'", Long.class, key));
      }
    });

    assertThat(awaitEnd(start(plan)).status()).isEqualTo(Status.DONE);

    assertThat(midway).hasSize(3);
    midway.forEach((table, row) -> {
      assertThat(((Number) row.get("n")).longValue()).as(table + " of the first two chunks").isPositive();
      assertThat(((Number) row.get("rev")).intValue()).as(table + " written once").isEqualTo(1);
      assertThat(((Number) row.get("low")).intValue()).as(table + " suspended").isEqualTo(2);
      assertThat(((Number) row.get("high")).intValue()).as(table + " suspended").isEqualTo(2);
    });
    assertThat(historicActiveMidway.get()).as("historic process instances suspended").isZero();
    java.util.Map<String, Object> after = jdbc.queryForMap(rows.formatted("ACT_RU_EXECUTION", "PROC_INST_ID_"), key);
    assertThat(((Number) after.get("rev")).intValue()).as("activated once").isEqualTo(2);
    assertThat(((Number) after.get("high")).intValue()).as("active").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ? "
        + "and STATE_ = 'SUSPENDED'", Long.class, key)).isZero();
  }

  @Test
  void importFailingInChunkThreeLeavesNothing() throws Exception {
    TestPlan plan = plan();
    Before before = before();
    background.afterChunk(chunk -> {
      if (chunk == 3) {
        throw new IllegalStateException("simulated fault in chunk 3");
      }
    });
    long id = start(plan);

    ImportStatus end = awaitEnd(id);

    assertThat(end.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(end.error()).contains("simulated fault in chunk 3");
    assertNothingLeftOf(plan, id, before);
  }

  @Test
  void importFailingWhileStartingProcessesLeavesNoProcessNoJobNoEmail() throws Exception {
    TestPlan plan = plan();
    Before before = before();
    AtomicLong started = new AtomicLong();
    background.afterChunk(chunk -> {
      if (chunk == 7) {
        started.set(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%")
            .count());
        throw new IllegalStateException("simulated fault in chunk 7");
      }
    });
    long id = start(plan);

    ImportStatus end = awaitEnd(id);

    assertThat(started.get()).as("processes of two chunks had been started").isPositive();
    assertThat(end.status()).isEqualTo(Status.ROLLED_BACK);
    assertNothingLeftOf(plan, id, before);
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    assertThat(mvc.perform(get("/plans/import/" + id).session(planner)).andReturn().getResponse().getContentAsString())
        .contains("The action plan was not imported").contains("nothing of this plan was kept")
        .contains("simulated fault in chunk 7");
  }

  @Test
  void importLeftRunningByAStoppedNodeIsRolledBackWhenTheApplicationStarts() throws Exception {
    TestPlan plan = plan();
    Before before = before();
    background.afterChunk(chunk -> {
      if (chunk == 6) {
        // An Error is not caught by the import: like a killed process, it leaves the import RUNNING, half saved.
        throw new NodeDied();
      }
    });
    long id = start(plan);
    awaitEnd(id);
    assertThat(imports.find(id).orElseThrow().status()).isEqualTo(Status.RUNNING);
    assertThat(jdbc.queryForObject("select count(*) from review where reference = ?", Integer.class, plan.reviewRef()))
        .isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%")
        .count()).isPositive();

    background.rollBackUnfinished();

    ImportStatus end = imports.find(id).orElseThrow();
    assertThat(end.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(end.error()).contains("The application stopped while the plan was being imported");
    assertThat(end.outcome()).contains("nothing of this plan was kept");
    assertNothingLeftOf(plan, id, before);
  }

  @Test
  void twoChunksOfARoundAreSavedAtOnceAndThePlanEndsWhole() throws Exception {
    TestPlan plan = plan();
    CountDownLatch thirdSaved = new CountDownLatch(1);
    AtomicBoolean overlapped = new AtomicBoolean();
    background.afterChunk(chunk -> {
      if (chunk == 3) {
        thirdSaved.countDown();
      }
      if (chunk == 2) {
        // Chunk 2 keeps its transaction open until chunk 3 has saved its rows: only a second worker gets there.
        overlapped.set(awaitQuietly(thirdSaved, 20));
      }
    });
    long id = start(plan);

    ImportStatus done = awaitEnd(id);

    assertThat(overlapped.get()).as("chunks 2 and 3 ran at once").isTrue();
    assertThat(done.status()).isEqualTo(Status.DONE);
    assertThat(done.actionsSaved()).isEqualTo(ACTIONS);
    assertThat(done.actionsStarted()).isEqualTo(ACTIONS);
    assertThat(jdbc.queryForList("select r.position from recommendation r join review v on r.review_id = v.id "
        + "where v.reference = ? and r.process_instance_id is not null order by r.position", Integer.class,
        plan.reviewRef())).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%/%")
        .active().count()).isEqualTo(ACTIONS);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.reviewRef() + "/%")
        .suspended().count()).isZero();
  }

  @Test
  void chunkFailingWhileTheOtherOfItsRoundStillSavesLeavesNothing() throws Exception {
    failWhileTheOtherChunkOfTheRoundStillWrites(3, 2);
  }

  @Test
  void chunkFailingWhileTheOtherOfItsRoundStillStartsProcessesLeavesNoProcessNoJobNoEmail() throws Exception {
    failWhileTheOtherChunkOfTheRoundStillWrites(6, 5);
  }

  /**
   * Chunk {@code failing} fails while {@code other}, of the same round, commits a second after: the rollback must wait
   * for it, or what {@code other} committed would stay.
   */
  private void failWhileTheOtherChunkOfTheRoundStillWrites(int failing, int other) throws Exception {
    TestPlan plan = plan();
    Before before = before();
    CountDownLatch failed = new CountDownLatch(1);
    background.afterChunk(chunk -> {
      if (chunk == failing) {
        failed.countDown();
        throw new IllegalStateException("simulated fault in chunk " + failing);
      }
      if (chunk == other) {
        awaitQuietly(failed, 20);
        sleepQuietly(1000);
      }
    });
    long id = start(plan);

    ImportStatus end = awaitEnd(id);

    assertThat(end.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(end.error()).contains("simulated fault in chunk " + failing);
    assertNothingLeftOf(plan, id, before);
  }

  private static boolean awaitQuietly(CountDownLatch latch, int seconds) {
    try {
      return latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void statusIsForPlanManagersOnlyAndUnknownImportsAreNotFound() throws Exception {
    TestPlan plan = plan();
    long id = start(plan);
    awaitEnd(id);
    mvc.perform(get("/api/imports/" + id).header("Authorization", SignIn.basic(TestPeople.OWNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/imports/" + id).header("Authorization", SignIn.basic(TestPeople.CHAIR)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/imports/999999999").header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/imports/{id}", "${7*7}").header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/imports/99999999999999999999999").header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/imports/" + id)).andExpect(status().isUnauthorized());
    // Plan managers share the work of importing: another one may follow the import too.
    if (identityService.createUserQuery().userId(SECOND_PLANNER).count() == 0) {
      org.camunda.bpm.engine.identity.User user = identityService.newUser(SECOND_PLANNER);
      user.setFirstName("Bea");
      user.setLastName("Planner");
      user.setEmail(SECOND_PLANNER + "@example.org");
      user.setPassword(TestPeople.PASSWORD);
      // As TestPeople does: the test password is below the password policy.
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
      identityService.createMembership(SECOND_PLANNER, "plan-managers");
    }
    mvc.perform(get("/api/imports/" + id).header("Authorization", SignIn.basic(SECOND_PLANNER)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
    MockHttpSession owner = SignIn.session(mvc, TestPeople.OWNER);
    mvc.perform(get("/plans/import/" + id).session(owner)).andExpect(status().isNotFound());
  }

  @Test
  void confirmingALargePlanOnThePageGoesOnToItsProgressPage() throws Exception {
    TestPlan plan = plan();
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String preview = mvc.perform(multipart("/plans/import")
            .file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv())).session(planner).with(csrf())
            .param("reviewRef", plan.reviewRef()).param("title", "SCR Large").param("board", "Test LSCB")
            .param("published", "2026-01-15"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"")
        .matcher(preview);
    assertThat(token.find()).isTrue();

    String location = mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true")
            .param("token", token.group(1)).param("acknowledge", "unreachable"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

    assertThat(location).matches("/plans/import/[0-9]+");
    ImportStatus end = awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    assertThat(end.status()).isEqualTo(Status.DONE);
    assertThat(mvc.perform(get(location).session(planner)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString()).contains("30 of 30 actions started");
  }

  @Test
  void secondBackgroundImportOfTheSameReviewIsRefusedAndRemovesNothingOfTheFirst() throws Exception {
    TestPlan plan = plan();
    long first = start(plan);
    awaitEnd(first);
    // The preview check already refuses a known reference; a second import queued before the first saved its
    // review is refused by the background job itself. Both end with the first plan whole.
    long second = background.submit(plan.command(false), java.time.LocalDate.of(2026, 1, 15),
        importer.importPlan(plan.command(true)).recommendations(), java.time.LocalDate.of(2026, 1, 15)).orElseThrow();
    ImportStatus refused = awaitEnd(second);

    assertThat(refused.status()).isEqualTo(Status.ROLLED_BACK);
    assertThat(refused.error()).contains("already been imported");
    assertThat(imports.find(first).orElseThrow().status()).isEqualTo(Status.DONE);
    assertThat(jdbc.queryForObject("select count(*) from recommendation r join review v on r.review_id = v.id "
        + "where v.reference = ?", Integer.class, plan.reviewRef())).isEqualTo(6);
  }

  private void assertNothingLeftOf(TestPlan plan, long id, Before before) {
    String ref = plan.reviewRef();
    // No review means no recommendation either: their rows refer to it.
    assertThat(jdbc.queryForObject("select count(*) from review where reference = ?", Integer.class, ref)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from plan_action where description like ?", Integer.class,
        "%" + ref + "%")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "/%").count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(ref + "/%").count())
        .isZero();
    String hold = BackgroundImports.holdKey(id);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .variableValueEquals("heldFor", hold).count()).as("held e-mails").isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .variableValueEquals("heldFor", hold).count()).as("held e-mails in history").isZero();
    assertThat(before()).as("jobs, process instances (runtime and history) and e-mail records").isEqualTo(before);
  }

  /** Stands for the node being killed mid-import. */
  private static final class NodeDied extends Error {
    NodeDied() {
      super("node died");
    }
  }
}
