package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.ReviewActionTrackerApplication;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.PlanImportService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo load resumes: a load that stops part-way (here an exception inside a step, which rolls
 * back like a kill) is completed by the next load to exactly the demo a clean load gives, and a load
 * on a complete demo adds nothing. Each application here has its own empty in-memory database and
 * no job executor, so the demo's state depends only on the load.
 */
class DemoLoadResumeTest {

  /** The job executor's metrics are flushed on a timer, not by the load. */
  private static final List<String> NOT_COMPARED = List.of("ACT_RU_METER_LOG");

  private static ConfigurableApplicationContext clean;
  private static Map<String, Long> cleanDemo;

  @BeforeAll
  static void loadADemoCleanly() throws Exception {
    clean = start();
    clean.getBean(DemoDataLoader.class).load();
    cleanDemo = rowCounts(clean);
  }

  @AfterAll
  static void stop() {
    if (clean != null) {
      clean.close();
    }
  }

  @Test
  void aCleanLoadGivesTheThreeReviewsAndRecordsEveryStep() {
    assertThat(cleanDemo).containsEntry("REVIEW", 3L).containsEntry("PLAN_ACTION", 134L);
    assertThat(steps(clean)).contains(DemoDataLoader.PEOPLE, "plan SCR-BABY-A", "plan SCR-INFANT-Y", "plan SCR-BABY-E",
        "work SCR-INFANT-Y confirmation", DemoOversight.INDICATORS, DemoOversight.CHALLENGE);
    assertThat(steps(clean)).filteredOn(step -> step.startsWith(DemoOversight.FIGURES)).as("a step per quarter").hasSize(2);
    assertThat(cleanDemo).containsEntry("INDICATOR", 3L).containsEntry("AGENCY_CHALLENGE", 1L);
    assertThat(clean.getBean(HistoryService.class).createHistoricTaskInstanceQuery().finished()
        .taskDefinitionKey(ActionProcess.Element.VERIFY_EVIDENCE).count()).as("evidence decisions, as PackagedJarIT expects")
        .isEqualTo(52);
  }

  @Test
  void aLoadOnACompleteDemoChangesNothing() throws Exception {
    List<String> before = steps(clean);

    clean.getBean(DemoDataLoader.class).load();

    assertThat(rowCounts(clean)).isEqualTo(cleanDemo);
    assertThat(steps(clean)).isEqualTo(before);
  }

  @Test
  void aLoadThatStopsInsideTheSecondReviewsWorkIsCompletedByTheNextLoad() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      CrashingSteps crashing = new CrashingSteps(app, "work SCR-INFANT-Y", 3);
      assertThatThrownBy(() -> loader(app, crashing).load()).isInstanceOf(SimulatedKill.class);
      assertThat(crashing.crashedAt).as("the step that was stopped").isNotNull();
      assertThat(steps(app)).contains("plan SCR-BABY-A", "plan SCR-INFANT-Y").doesNotContain(crashing.crashedAt,
          "plan SCR-BABY-E");
      assertThat(rowCounts(app).get("REVIEW")).isEqualTo(2L);

      app.getBean(DemoDataLoader.class).load();

      assertThat(rowCounts(app)).isEqualTo(cleanDemo);
      assertThat(steps(app)).isEqualTo(steps(clean));
    }
  }

  @Test
  void aLoadThatStopsInsideTheSecondQuartersFiguresIsCompletedByTheNextLoadWithoutDoublingThem() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      CrashingSteps crashing = new CrashingSteps(app, DemoOversight.FIGURES, 2);
      assertThatThrownBy(() -> loader(app, crashing).load()).isInstanceOf(SimulatedKill.class);
      assertThat(crashing.crashedAt).as("the step that was stopped").isNotNull();
      assertThat(steps(app)).contains(DemoOversight.INDICATORS).doesNotContain(crashing.crashedAt, DemoOversight.CHALLENGE);

      app.getBean(DemoDataLoader.class).load();

      assertThat(rowCounts(app)).isEqualTo(cleanDemo);
      assertThat(steps(app)).isEqualTo(steps(clean));
    }
  }

  private static DemoDataLoader loader(ConfigurableApplicationContext app, DemoSteps steps) {
    return new DemoDataLoader(app.getBean(DemoProperties.class), app.getBean(PlanImportService.class),
        app.getBean(RoleDirectory.class), app.getBean(IdentityService.class), app.getBean(DemoWork.class), app.getBean(DemoOversight.class), steps,
        app.getBean(Clock.class), app.getBean(org.reviewactions.notification.EmailPreferences.class));
  }

  /** Runs the steps as usual, but throws inside the n-th step of a kind, after its work and before it commits. */
  private static final class CrashingSteps extends DemoSteps {
    private final String prefix;
    private final int crashOn;
    private int seen;
    private String crashedAt;

    CrashingSteps(ConfigurableApplicationContext app, String prefix, int crashOn) {
      super(app.getBean(PlatformTransactionManager.class), app.getBean(JdbcTemplate.class), app.getBean(Clock.class));
      this.prefix = prefix;
      this.crashOn = crashOn;
    }

    @Override
    void run(String step, Runnable work) {
      if (step.startsWith(prefix) && ++seen == crashOn) {
        crashedAt = step;
        super.run(step, () -> {
          work.run();
          throw new SimulatedKill();
        });
      }
      super.run(step, work);
    }
  }

  private static final class SimulatedKill extends RuntimeException {
    SimulatedKill() {
      super("simulated kill inside a demo step");
    }
  }

  /** The demo is off so nothing loads by itself; its administrator, who does the demo work, is made as the demo would. */
  private static ConfigurableApplicationContext start() {
    ConfigurableApplicationContext app = new SpringApplicationBuilder(ReviewActionTrackerApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:rat-demo-" + UUID.randomUUID(),
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--rat.demo.enabled=false",
        "--rat.public-url=http://tracker.test",
        "--rat.mail.transport=outbox",
        "--rat.mail.outbox-dir=target/test-outbox",
        // Digests are sent by a clock, not by the load: kept out of the row counts compared here.
        "--rat.notifications.digest-job=false");
    DemoAdministrator.ensure(app.getBean(ProcessEngine.class), "admin");
    return app;
  }

  private static List<String> steps(ConfigurableApplicationContext app) {
    return app.getBean(JdbcTemplate.class).queryForList("select name from demo_load_step order by name", String.class);
  }

  /** Rows in every table of the application and the engine: the demo's whole footprint. */
  private static Map<String, Long> rowCounts(ConfigurableApplicationContext app) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables"
        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class)) {
      if (!NOT_COMPARED.contains(table)) {
        counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
      }
    }
    return counts;
  }
}
