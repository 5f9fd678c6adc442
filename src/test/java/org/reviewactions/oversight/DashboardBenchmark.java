package org.reviewactions.oversight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.reviewactions.report.ProgressReport;
import org.reviewactions.report.ProgressReports;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (surefire does not pick it up by name): renders /reviews over 50,000 generated actions and prints how
 * long it takes. Run alone: {@code mvn -o -q test -Dtest=DashboardBenchmark -Djacoco.skip=true}, on H2; add
 * {@code -Dbench.postgres=true} for a fresh database on the local PostgreSQL server (dropped afterwards unless
 * {@code -Dbench.keep=true}, for EXPLAIN ANALYZE by hand). Rows go straight into the business tables; then the
 * action process is started for {@code -Dbench.processes=N} (default 500) of the generated actions in progress, so
 * the dashboard's Tasklist links and the engine's own task list query run over real open tasks.
 */
class DashboardBenchmark extends OversightPagesTestSupport {

  private static final PostgresDatabase PG = Boolean.getBoolean("bench.postgres") ? PostgresDatabase.create() : null;
  private static final int PROCESSES = Integer.getInteger("bench.processes", 500);
  private static final int OWNERS = 200;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    if (PG != null) {
      registry.add("spring.datasource.url", PG::url);
      registry.add("spring.datasource.username", PG::user);
      registry.add("spring.datasource.password", PG::password);
    }
  }

  @AfterAll
  static void dropPostgres() {
    if (PG != null && !Boolean.getBoolean("bench.keep")) {
      PG.drop();
    } else if (PG != null) {
      System.out.println("BENCHMARK kept database " + PG.url());
    }
  }

  private static final int ACTIONS = 50_000;
  private static final int PER_RECOMMENDATION = 50;
  private static final int RECOMMENDATIONS_PER_REVIEW = 10;
  private static final String[] STATUSES = {"IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "EVIDENCE_SUBMITTED",
      "EVIDENCE_REJECTED", "LAPSED", "ESCALATED", "COMPLETE", "COMPLETE", "CLOSED_INCOMPLETE", "AWAITING_OWNER"};

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeTheGeneratedRows() {
    if (PG != null) {
      return;
    }
    jdbc.update("delete from plan_action where agency like 'Bench agency %'");
    jdbc.update("delete from recommendation where review_id in (select id from review where reference like 'BENCH-%')");
    jdbc.update("delete from review where reference like 'BENCH-%'");
  }

  @Test
  void rendersTheDashboardOverFiftyThousandActions() throws Exception {
    System.out.println("BENCHMARK database " + jdbc.queryForObject(PG == null ? "select H2VERSION()" : "select version()", String.class)
        + "; load average at start " + loadAverage());
    long start = System.nanoTime();
    generate();
    System.out.printf("BENCHMARK generated %,d actions in %d ms%n", ACTIONS, (System.nanoTime() - start) / 1_000_000);
    start = System.nanoTime();
    int started = startProcesses();
    System.out.printf("BENCHMARK started %,d action processes in %d ms; open tasks in the engine: %,d (%,d Deliver action)%n",
        started, (System.nanoTime() - start) / 1_000_000, taskService.createTaskQuery().count(),
        taskService.createTaskQuery().taskDefinitionKey(org.reviewactions.action.ActionProcess.Element.DELIVER_ACTION).count());
    if (PG != null) {
      jdbc.execute("analyze");
    }
    String person = agencyPerson("Bench agency 7");

    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);
    MockHttpSession agencyPerson = SignIn.session(mvc, person);
    report("board, no filter", board, "/reviews");
    report("board, one agency", board, "/reviews?agency=Bench agency 3");
    report("board, page 40 of overdue", board, "/reviews?overduePage=40");
    report("agency person", agencyPerson, "/reviews");
    reportAndCounterpart();

    // H2 hands back a cached result for a query repeated with nothing written in between; time the real work.
    if (PG == null) {
      jdbc.execute("SET OPTIMIZE_REUSE_RESULTS 0");
    }
    DashboardScope all = new DashboardScope(true, List.of(), TestPeople.BOARD);
    DashboardFilter none = DashboardFilter.none();
    time("reviewFigures", () -> queries.reviewFigures(all, none));
    time("overdue", () -> queries.overdue(all, none, 1));
    time("dueSoon", () -> queries.dueSoon(all, none, 1));
    time("awaitingConfirmation", () -> queries.awaitingConfirmation(all, none, 1));
    time("ragByAgency", () -> queries.ragByAgency(all, none));
    time("closedAgainstDue", () -> queries.closedAgainstDue(all, none));
    time("reviews", () -> queries.reviews(all));
    time("agencies", () -> queries.agencies(all));
    time("owners", () -> queries.owners(all));
    time("allAgencies", () -> queries.allAgencies());
    time("names of all owners", () -> names.of(queries.owners(all)));
    if (PG == null) {
      jdbc.execute("SET OPTIMIZE_REUSE_RESULTS 1");
    }
    System.out.println("BENCHMARK load average at end " + loadAverage());
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /**
   * The action process, as the recommendation process calls it, for generated actions in progress: their owners are
   * made real people first, so each process assigns its Deliver action task to the action's owner, grants the agency
   * read access and asks for the assignment e-mail (whose job is not run), as an import does.
   */
  private int startProcesses() {
    for (int i = 0; i < OWNERS; i++) {
      String id = "bench-owner-" + i;
      if (identityService.createUserQuery().userId(id).count() == 0) {
        org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
        user.setFirstName("Bench");
        user.setLastName("Owner " + i);
        user.setEmail(id + "@example.org");
        identityService.saveUser(user);
      }
    }
    List<Long> ids = jdbc.queryForList("select id from plan_action where agency like 'Bench agency %' and status = 'IN_PROGRESS'"
        + " and process_instance_id is null order by id", Long.class);
    int n = Math.min(PROCESSES, ids.size());
    long t = System.nanoTime();
    for (int i = 0; i < n; i++) {
      runtimeService.startProcessInstanceByKey(org.reviewactions.action.ActionProcess.KEY, java.util.Map.of(
          org.reviewactions.action.ActionProcess.Var.ACTION_ID, ids.get(i),
          org.reviewactions.action.ActionProcess.Var.MONITORING_GROUP, "subgroup-chairs"));
      if ((i + 1) % 100 == 0) {
        System.out.printf("BENCHMARK %,d processes started, %d ms each so far%n", i + 1, (System.nanoTime() - t) / 1_000_000 / (i + 1));
      }
    }
    return n;
  }

  @Autowired DashboardQueries queries;
  @Autowired PeopleNames names;
  @Autowired ProgressReports reports;

  /**
   * The progress report of one review (500 of the 50,000 actions), and the engine's own counterpart of the
   * board's dashboard: the count of a board member's open tasks and a Tasklist-like page of 15. The generated
   * actions have no processes, so the counterpart runs over whatever tasks the shared test database holds: it is
   * the engine's floor for a query, not the same work.
   */
  private void reportAndCounterpart() {
    Long reviewId = jdbc.queryForObject("select id from review where reference = 'BENCH-0'", Long.class);
    ProgressReport[] report = new ProgressReport[1];
    sample("report asAt (500 actions)", 3, 10, () -> report[0] = reports.asAt(reviewId, PinnedClock.TODAY));
    sample("report pdf", 2, 5, () -> reports.pdf(report[0]));
    sample("report xlsx", 2, 5, () -> reports.xlsx(report[0]));
    long tasks = taskService.createTaskQuery().count();
    engineCounterpart(TestPeople.BOARD, tasks);
    engineCounterpart("bench-owner-7", tasks);
  }

  /**
   * Camunda's own task list as Tasklist asks for it, signed in as the person (authorization checks on): the count and
   * the first page of 15, newest first.
   */
  private void engineCounterpart(String userId, long tasks) {
    identityService.setAuthentication(userId, roles.groupIds(userId));
    try {
      long visible = taskService.createTaskQuery().count();
      sample("engine as " + userId + ": task count (" + visible + " visible of " + tasks + " open tasks)", 3, 20,
          () -> taskService.createTaskQuery().count());
      sample("engine as " + userId + ": task list page of 15", 3, 20,
          () -> taskService.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void sample(String label, int warmUps, int runs, Runnable work) {
    for (int i = 0; i < warmUps; i++) {
      work.run();
    }
    long[] times = new long[runs];
    long[] cpu = new long[runs];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - t) / 1_000_000;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    int p95 = (int) Math.ceil(runs * 0.95) - 1;
    System.out.printf("BENCHMARK %s: median %d ms, p95 %d ms; thread CPU median %d ms, p95 %d ms (%d runs after %d warm-ups) %s%n",
        label, times[runs / 2], times[p95], cpu[runs / 2], cpu[p95], runs, warmUps, Arrays.toString(times));
  }

  private void time(String label, Runnable query) {
    for (int i = 0; i < 3; i++) {
      query.run();
    }
    long t = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    System.out.printf("BENCHMARK query %s: %d ms a run (mean of 5)%n", label, (System.nanoTime() - t) / 5_000_000);
  }

  private void report(String label, MockHttpSession session, String url) throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(get(url).session(session)).andExpect(status().isOk());
    }
    List<Long> times = new ArrayList<>();
    List<Long> cpuTimes = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 20; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      mvc.perform(get(url).session(session)).andExpect(status().isOk());
      times.add((System.nanoTime() - t) / 1_000_000);
      cpuTimes.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }
    // MockMvc and in-process H2 do the whole request on this thread: its CPU time is the page's cost even when
    // other work on the machine stretches the wall-clock figures. On PostgreSQL the database's own work runs in the
    // server's process and is not in this figure: read it with the wall clock and the queries' lines.
    long[] cpuSorted = cpuTimes.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("BENCHMARK %s (CPU time of the request thread): median %d ms, p95 %d ms %s%n", label,
        cpuSorted[cpuSorted.length / 2], cpuSorted[18], Arrays.toString(cpuSorted));
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("BENCHMARK %s: median %d ms, p95 %d ms, min %d ms, max %d ms (20 runs after 3 warm-ups) %s%n", label,
        sorted[sorted.length / 2], sorted[18], sorted[0], sorted[sorted.length - 1], Arrays.toString(sorted));
  }

  private void generate() {
    Random random = new Random(42);
    LocalDate today = PinnedClock.TODAY;
    int reviews = ACTIONS / (PER_RECOMMENDATION * RECOMMENDATIONS_PER_REVIEW);
    for (int r = 0; r < reviews; r++) {
      String ref = "BENCH-" + r;
      jdbc.update("insert into review (reference, reference_key, title, board, publication_date, imported_at)"
          + " values (?, ?, ?, 'Bench LSCB', ?, ?)", ref, ref.toLowerCase(), "SCR Bench " + r, Date.valueOf(today.minusYears(1)),
          Timestamp.from(PinnedClock.NOW));
      Long reviewId = jdbc.queryForObject("select id from review where reference = ?", Long.class, ref);
      for (int c = 0; c < RECOMMENDATIONS_PER_REVIEW; c++) {
        jdbc.update("insert into recommendation (review_id, position, number, text, status) values (?, ?, ?, ?, ?)", reviewId, c,
            Integer.toString(c + 1), "Recommendation " + (c + 1), c == 0 ? "AWAITING_CONFIRMATION" : "IN_PROGRESS");
        Long recommendationId = jdbc.queryForObject("select id from recommendation where review_id = ? and number = ?", Long.class,
            reviewId, Integer.toString(c + 1));
        List<Object[]> rows = new ArrayList<>();
        for (int a = 0; a < PER_RECOMMENDATION; a++) {
          String status = STATUSES[random.nextInt(STATUSES.length)];
          LocalDate due = today.plusDays(random.nextInt(730) - 365);
          Timestamp completed = status.equals("COMPLETE") ? Timestamp.from(PinnedClock.NOW.minusSeconds(random.nextInt(365 * 86400))) : null;
          Timestamp lapsed = status.equals("LAPSED") || status.equals("ESCALATED") ? Timestamp.from(PinnedClock.NOW) : null;
          rows.add(new Object[] {recommendationId, a, "Generated action " + a + " of recommendation " + c + " of review " + r,
              "Bench agency " + random.nextInt(20), "Role " + random.nextInt(50), Date.valueOf(due), status,
              "bench-owner-" + random.nextInt(200), completed, lapsed});
        }
        jdbc.batchUpdate("insert into plan_action (recommendation_id, position, description, agency, responsible, due_date,"
            + " needs_confirmation, status, owner_user_id, completed_at, lapsed_at, version) values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0)", rows);
      }
    }
  }
}
