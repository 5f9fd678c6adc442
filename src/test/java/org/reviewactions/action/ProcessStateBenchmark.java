package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (surefire does not pick it up by name): how much database each open action costs on PostgreSQL,
 * against a bare engine holding the same open work (one user task with a reminder and a deadline timer, two
 * business variables) in a second fresh database with only the engine's schema. Run alone:
 * {@code mvn -o -q test -Dtest=ProcessStateBenchmark -Djacoco.skip=true -Dbench.actions=600}.
 */
class ProcessStateBenchmark extends ProcessTestSupport {

  private static final int ACTIONS = Integer.getInteger("bench.actions", 600);
  private static final int ACTIONS_PER_RECOMMENDATION = 3;
  private static final PostgresDatabase OURS = PostgresDatabase.create();
  private static final PostgresDatabase BARE = PostgresDatabase.create();
  private static final String[] ENGINE_TABLES = {"act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray",
      "act_ru_task", "act_hi_taskinst", "act_ru_execution", "act_hi_actinst", "act_hi_procinst", "act_ru_job",
      "act_ru_event_subscr", "act_ru_identitylink", "act_hi_identitylink", "act_ru_authorization", "act_hi_decinst",
      "act_hi_dec_in", "act_hi_dec_out", "act_hi_op_log", "act_ru_meter_log", "act_hi_job_log"};

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", OURS::url);
    registry.add("spring.datasource.username", OURS::user);
    registry.add("spring.datasource.password", OURS::password);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    // The plan is saved in one go, as before background imports: the figure is the state per action, not the job's.
    registry.add("rat.import.background-threshold", () -> String.valueOf(Integer.MAX_VALUE));
  }

  @AfterAll
  static void dropDatabases() {
    OURS.drop();
    BARE.drop();
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void databaseSizePerOpenActionAgainstTheBareEngine() {
    Sizes before = Sizes.of(jdbc);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15");
    for (int i = 1; i <= ACTIONS; i++) {
      int rec = (i - 1) / ACTIONS_PER_RECOMMENDATION + 1;
      plan.action(String.valueOf(rec), "Make sure that agencies share what they know about dangerous adults " + rec,
          "Audit the referrals made in quarter " + i + " and report the findings to the board", "by March 2027",
          TestPeople.ROLE_WITH_HOLDER, agency);
    }
    long start = System.nanoTime();
    importPlan(plan);
    long importMs = (System.nanoTime() - start) / 1_000_000;
    // As the job executor would: every e-mail asked for is sent, so its notification process ends.
    while (sendNotifications() > 0) {
      // next batch
    }
    long openTasks = taskService.createTaskQuery().processDefinitionKey(ActionProcess.KEY).count();
    assertThat(openTasks).isEqualTo(ACTIONS);
    Sizes after = Sizes.of(jdbc);

    ProcessEngine bare = bareEngine();
    JdbcTemplate bareJdbc = new JdbcTemplate(new DriverManagerDataSource(BARE.url(), BARE.user(), BARE.password()));
    Sizes bareBefore;
    Sizes bareAfter;
    try {
      bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", bareModel()).deploy();
      bareBefore = Sizes.of(bareJdbc);
      for (int i = 1; i <= ACTIONS; i++) {
        bare.getRuntimeService().startProcessInstanceByKey("bare", "REF/" + i,
            Map.of("agency", "Agency " + i, "description", "Audit the referrals made in quarter " + i));
      }
      bareAfter = Sizes.of(bareJdbc);
    } finally {
      bare.close();
    }

    System.out.printf("BENCHMARK %d open actions (%d per recommendation), imported in %d ms%n", ACTIONS,
        ACTIONS_PER_RECOMMENDATION, importMs);
    System.out.printf("BENCHMARK %-22s %12s %12s %12s %12s%n", "table", "ours rows/a", "ours B/a", "bare rows/a", "bare B/a");
    for (String table : ENGINE_TABLES) {
      System.out.printf("BENCHMARK %-22s %12.1f %12.0f %12.1f %12.0f%n", table,
          (after.rows(table) - before.rows(table)) / (double) ACTIONS,
          (after.bytes(table) - before.bytes(table)) / (double) ACTIONS,
          (bareAfter.rows(table) - bareBefore.rows(table)) / (double) ACTIONS,
          (bareAfter.bytes(table) - bareBefore.bytes(table)) / (double) ACTIONS);
    }
    System.out.printf("BENCHMARK variables per action: runtime %.1f (task-local %.1f), history %.1f, detail %.1f%n",
        (after.rows("act_ru_variable") - before.rows("act_ru_variable")) / (double) ACTIONS,
        jdbc.queryForObject("select count(*) from act_ru_variable where task_id_ is not null", Long.class) / (double) ACTIONS,
        (after.rows("act_hi_varinst") - before.rows("act_hi_varinst")) / (double) ACTIONS,
        (after.rows("act_hi_detail") - before.rows("act_hi_detail")) / (double) ACTIONS);
    System.out.println("BENCHMARK variables by name (runtime, history, detail rows): "
        + jdbc.queryForList("select v.name_ as n, (select count(*) from act_ru_variable r where r.name_ = v.name_) as ru, "
            + "count(*) as hi, (select count(*) from act_hi_detail d where d.name_ = v.name_) as det "
            + "from act_hi_varinst v group by v.name_ order by hi desc, n").stream()
            .map(r -> r.get("n") + " " + r.get("ru") + "/" + r.get("hi") + "/" + r.get("det")).toList());
    System.out.println("BENCHMARK activity history by type (rows per action): "
        + jdbc.queryForList("select act_type_ as t, count(*) as n from act_hi_actinst group by act_type_ order by n desc, t")
            .stream().map(r -> r.get("t") + " " + String.format("%.2f", ((Number) r.get("n")).longValue() / (double) ACTIONS))
            .toList());
    System.out.println("BENCHMARK job log by state (0 created, 1 failed, 2 succeeded, 3 deleted; rows per action): "
        + jdbc.queryForList("select job_state_ as s, count(*) as n from act_hi_job_log group by job_state_ order by s")
            .stream().map(r -> r.get("s") + " " + String.format("%.2f", ((Number) r.get("n")).longValue() / (double) ACTIONS))
            .toList());
    long ourEngine = sum(after, true) - sum(before, true);
    long ourApp = sum(after, false) - sum(before, false);
    long bareEngine = sum(bareAfter, true) - sum(bareBefore, true);
    System.out.printf("BENCHMARK engine tables per action: ours %.0f B, bare %.0f B, ratio %.2f%n", ourEngine / (double) ACTIONS,
        bareEngine / (double) ACTIONS, ourEngine / (double) bareEngine);
    System.out.printf("BENCHMARK application tables per action: %.0f B%n", ourApp / (double) ACTIONS);
    long ourDb = after.database - before.database;
    long bareDb = bareAfter.database - bareBefore.database;
    System.out.printf("BENCHMARK pg_database_size growth per open action: ours %.0f B, bare %.0f B, ratio %.2f%n",
        ourDb / (double) ACTIONS, bareDb / (double) ACTIONS, ourDb / (double) bareDb);
    System.out.printf("BENCHMARK pg_database_size whole: ours %d MB, bare %d MB (%.0f / %.0f B per action)%n",
        after.database >> 20, bareAfter.database >> 20, after.database / (double) ACTIONS, bareAfter.database / (double) ACTIONS);
    // Rows updated during the import leave dead versions until (auto)vacuum makes their space reusable; the live
    // data is what a vacuumed database carries. Both databases are compacted alike, after the figures above.
    long ourLive = vacuumed(jdbc) - before.database;
    long bareLive = vacuumed(bareJdbc) - bareBefore.database;
    System.out.printf("BENCHMARK after VACUUM FULL, growth per open action: ours %.0f B, bare %.0f B, ratio %.2f%n",
        ourLive / (double) ACTIONS, bareLive / (double) ACTIONS, ourLive / (double) bareLive);
  }

  private static long vacuumed(JdbcTemplate jdbc) {
    jdbc.execute("vacuum full");
    return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
  }

  private static long sum(Sizes sizes, boolean engine) {
    return sizes.all.entrySet().stream().filter(e -> e.getKey().startsWith("act_") == engine)
        .mapToLong(e -> e.getValue()[1]).sum();
  }

  /** The bare baseline: start, one user task with a non-interrupting reminder timer and an interrupting deadline timer. */
  static BpmnModelInstance bareModel() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("bare").camundaHistoryTimeToLive(180)
        .startEvent("Start").userTask("Task_Deliver").name("Deliver action").camundaCandidateGroups("owners")
        .boundaryEvent("Timer_Reminder").cancelActivity(false).timerWithDuration("P300D").endEvent("End_Reminded")
        .moveToActivity("Task_Deliver").boundaryEvent("Timer_Deadline").cancelActivity(true).timerWithDate("2027-03-31T17:00:00")
        .endEvent("End_Lapsed")
        .moveToActivity("Task_Deliver").endEvent("End_Done").done();
    return model;
  }

  private static ProcessEngine bareEngine() {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl(BARE.url());
    config.setJdbcUsername(BARE.user());
    config.setJdbcPassword(BARE.password());
    config.setJdbcDriver("org.postgresql.Driver");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("bare-" + System.nanoTime());
    return config.buildProcessEngine();
  }

  /** Rows and pg_total_relation_size of every table of the public schema, and the database's size. */
  record Sizes(Map<String, long[]> all, long database) {
    static Sizes of(JdbcTemplate jdbc) {
      jdbc.execute("analyze");
      Map<String, long[]> all = new HashMap<>();
      List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class);
      for (String t : tables) {
        long rows = jdbc.queryForObject("select count(*) from " + t, Long.class);
        long bytes = jdbc.queryForObject("select pg_total_relation_size(?)", Long.class, t);
        all.put(t.toLowerCase(), new long[] {rows, bytes});
      }
      return new Sizes(all, jdbc.queryForObject("select pg_database_size(current_database())", Long.class));
    }

    long rows(String table) {
      return all.getOrDefault(table, new long[2])[0];
    }

    long bytes(String table) {
      return all.getOrDefault(table, new long[2])[1];
    }
  }
}
