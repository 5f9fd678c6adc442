package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (surefire does not pick it up by name): how fast fired timers run on PostgreSQL, and what each costs,
 * against a bare engine (one user task with a reminder and a deadline timer, {@link ProcessStateBenchmark#bareModel})
 * in a second fresh database, in the same run. N actions wait at Deliver action; their reminder timers, then their
 * lapse timers, are executed on a fixed pool of threads (the same size for both), then the e-mails they asked for.
 * The first {@code bench.warmUp} jobs of each phase run unmeasured. Per phase: jobs per second, JVM CPU per job (the whole process), database CPU per job (the backends serving the
 * database, from /proc), JDBC statements per job (counted at the data source, batched rows included), the tables
 * written, and the hottest frames of the pool's threads (JFR execution samples). Run alone:
 * {@code mvn -o -q test -Dtest=TimerThroughputBenchmark -Djacoco.skip=true -Dbench.actions=300 -Dbench.threads=4}
 * and read the lines starting with BENCHMARK in target/surefire-reports/*TimerThroughputBenchmark-output.txt.
 */
@org.springframework.context.annotation.Import(TimerThroughputBenchmark.CountStatements.class)
class TimerThroughputBenchmark extends ProcessTestSupport {

  private static final int ACTIONS = Integer.getInteger("bench.actions", 300);
  private static final int THREADS = Integer.getInteger("bench.threads", 4);
  private static final long STATS_WAIT_MS = Long.getLong("bench.statsWait", 11_000);
  /** Jobs of each phase run before measuring, so that neither side pays for the JIT compiler warming up. */
  private static final int WARM_UP = Integer.getInteger("bench.warmUp", 30);
  private static final PostgresDatabase OURS = PostgresDatabase.create();
  private static final PostgresDatabase BARE = PostgresDatabase.create();
  private static final Counter OUR_STATEMENTS = new Counter();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", OURS::url);
    registry.add("spring.datasource.username", OURS::user);
    registry.add("spring.datasource.password", OURS::password);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "5000");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> String.valueOf(THREADS + 4));
    registry.add("spring.datasource.hikari.minimum-idle", () -> String.valueOf(THREADS + 4));
    // The plan is saved in one go here; what is measured is what its timers cost afterwards.
    registry.add("rat.import.background-threshold", () -> "100000");
  }

  @TestConfiguration
  static class CountStatements {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource) ? OUR_STATEMENTS.wrap(ds) : bean;
        }
      };
    }
  }

  @AfterAll
  static void dropDatabases() {
    OURS.drop();
    BARE.drop();
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void timerJobsAgainstTheBareEngine() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15");
    for (int i = 1; i <= ACTIONS; i++) {
      plan.action(String.valueOf((i - 1) / 3 + 1), "Make sure that agencies share what they know about dangerous adults",
          "Audit the referrals made in quarter " + i + " and report the findings to the board", "by March 2027",
          TestPeople.ROLE_WITH_HOLDER, agency);
    }
    importPlan(plan);
    while (sendNotifications() > 0) {
      // every e-mail of the import sent, so only the timers' own work is measured
    }
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DeliverAction").count()).isEqualTo(ACTIONS);

    Meter ours = new Meter(OURS, jdbc, OUR_STATEMENTS);
    ours.snapshot();
    Phase reminders = ours.run("ours reminder timers", managementService, dueAt(managementService, "Timer_ReminderDue"));
    Phase reminderMails = ours.run("ours reminder e-mails", managementService, notificationJobs());
    Phase lapses = ours.run("ours lapse timers", managementService, dueAt(managementService, "StartEvent_ActionLapsed"));
    Phase lapseMails = ours.run("ours lapse e-mails", managementService, notificationJobs());
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DecideLapsedAction").count()).isEqualTo(ACTIONS);

    Counter bareStatements = new Counter();
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(BARE.url());
    pool.setUsername(BARE.user());
    pool.setPassword(BARE.password());
    pool.setMaximumPoolSize(THREADS + 4);
    pool.setMinimumIdle(THREADS + 4);
    ProcessEngine bare = bareEngine(bareStatements.wrap(pool));
    Phase bareReminders;
    Phase bareLapses;
    try {
      bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", ProcessStateBenchmark.bareModel()).deploy();
      for (int i = 1; i <= ACTIONS; i++) {
        bare.getRuntimeService().startProcessInstanceByKey("bare", "REF/" + i,
            Map.of("agency", "Agency " + i, "description", "Audit the referrals made in quarter " + i));
      }
      Meter meter = new Meter(BARE, new JdbcTemplate(pool), bareStatements);
      meter.snapshot();
      ManagementService bareJobs = bare.getManagementService();
      bareReminders = meter.run("bare reminder timers", bareJobs, dueAt(bareJobs, "Timer_Reminder"));
      bareLapses = meter.run("bare lapse timers", bareJobs, dueAt(bareJobs, "Timer_Deadline"));
      assertThat(bare.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_Lapsed").count())
          .isEqualTo(ACTIONS);
    } finally {
      bare.close();
      pool.close();
    }

    System.out.printf("BENCHMARK %d actions waiting at Deliver action, %d threads, %d cores%n", ACTIONS, THREADS,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("BENCHMARK %-24s %6s %8s %9s %10s %10s %10s%n", "phase", "jobs", "jobs/s", "wall ms", "JVM ms/job",
        "DB ms/job", "stmts/job");
    for (Phase p : List.of(reminders, reminderMails, lapses, lapseMails, bareReminders, bareLapses)) {
      p.print();
    }
    Phase reminderAll = reminders.withItsEmails("ours reminder + e-mails", reminderMails);
    Phase lapseAll = lapses.withItsEmails("ours lapse + e-mails", lapseMails);
    reminderAll.print();
    lapseAll.print();
    System.out.printf("BENCHMARK e-mail jobs per fired timer: reminder %.2f, lapse %.2f%n",
        reminderMails.total() / (double) reminders.total(), lapseMails.total() / (double) lapses.total());
    System.out.printf("BENCHMARK ratio ours/bare jobs/s: reminder %.2f (with its e-mails %.2f), lapse %.2f (with its e-mails %.2f)%n",
        reminders.rate() / bareReminders.rate(), reminderAll.rate() / bareReminders.rate(), lapses.rate() / bareLapses.rate(),
        lapseAll.rate() / bareLapses.rate());
    System.out.printf("BENCHMARK CPU per fired lapse timer incl. its e-mails: JVM %.1f ms + DB %.1f ms (bare %.1f + %.1f)%n",
        lapseAll.jvmMs / lapseAll.jobs, lapseAll.dbMs / lapseAll.jobs, bareLapses.jvmMs / bareLapses.jobs,
        bareLapses.dbMs / bareLapses.jobs);
  }

  /** The timer jobs at the activity, with the engine's clock moved just past the latest of them. */
  private static List<String> dueAt(ManagementService jobs, String activityId) {
    List<Job> timers = jobs.createJobQuery().activityId(activityId).timers().list();
    assertThat(timers).hasSize(ACTIONS);
    Instant latest = timers.stream().map(j -> j.getDuedate().toInstant()).max(Comparator.naturalOrder()).orElseThrow();
    ClockUtil.setCurrentTime(java.util.Date.from(latest.plusSeconds(60)));
    return timers.stream().map(Job::getId).toList();
  }

  private List<String> notificationJobs() {
    return managementService.createJobQuery().processDefinitionKey(NotificationProcess.KEY).executable().list().stream()
        .map(Job::getId).toList();
  }

  private static ProcessEngine bareEngine(DataSource dataSource) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("bare-" + System.nanoTime());
    return config.buildProcessEngine();
  }

  /** Measures phases on one database: wall time, CPU of this JVM and of the database's backends, statements, tables. */
  static final class Meter {
    private final PostgresDatabase database;
    private final JdbcTemplate jdbc;
    private final Counter statements;
    private Map<String, long[]> tables;

    Meter(PostgresDatabase database, JdbcTemplate jdbc, Counter statements) {
      this.database = database;
      this.jdbc = jdbc;
      this.statements = statements;
    }

    void snapshot() throws InterruptedException {
      Thread.sleep(STATS_WAIT_MS);
      tables = tables();
    }

    Phase run(String name, ManagementService jobs, List<String> all) throws Exception {
      int warm = Math.min(WARM_UP, all.size() / 3);
      execute(jobs, all.subList(0, warm));
      List<String> jobIds = all.subList(warm, all.size());
      Set<Integer> backends = backends();
      long db0 = backendCpuMs(backends);
      long jvm0 = jvmCpuNanos();
      long stmts0 = statements.count.get();
      Recording recording = new Recording();
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      long start = System.nanoTime();
      execute(jobs, jobIds);
      long wallNanos = System.nanoTime() - start;
      recording.stop();
      long jvm = jvmCpuNanos() - jvm0;
      long stmts = statements.count.get() - stmts0;
      backends.addAll(backends());
      long db = backendCpuMs(backends) - db0;
      Path file = Files.createTempFile("timer-bench", ".jfr");
      recording.dump(file);
      recording.close();
      String profile = profile(file, name);
      Files.deleteIfExists(file);
      Map<String, long[]> before = tables;
      snapshot();
      Phase phase = new Phase(name, all.size(), jobIds.size(), wallNanos / 1e6, jvm / 1e6, db, stmts);
      System.out.print(profile);
      printTables(name, before, tables, all.size()); // the table counters include the warm-up
      return phase;
    }

    private static void execute(ManagementService jobs, List<String> jobIds) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "bench-job"));
      try {
        List<Future<?>> runs = new java.util.ArrayList<>();
        for (String id : jobIds) {
          runs.add(pool.submit(() -> jobs.executeJob(id)));
        }
        for (Future<?> f : runs) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
    }

    private Set<Integer> backends() {
      return new HashSet<>(jdbc.queryForList("select pid from pg_stat_activity where datname = ?", Integer.class,
          database.name()));
    }

    /** utime + stime of the database's backends (the server runs on this machine; clock ticks of 10 ms). */
    private static long backendCpuMs(Set<Integer> pids) {
      long ticks = 0;
      for (int pid : pids) {
        try {
          String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
          // a backend that ended meanwhile: its CPU is lost to the figure
        }
      }
      return ticks * 10;
    }

    private static long jvmCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private Map<String, long[]> tables() {
      Map<String, long[]> result = new HashMap<>();
      jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) "
          + "from pg_stat_user_tables", rs -> {
            result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
          });
      return result;
    }

    private static void printTables(String phase, Map<String, long[]> before, Map<String, long[]> after, int jobs) {
      StringBuilder out = new StringBuilder();
      after.entrySet().stream().map(e -> {
        long[] b = before.getOrDefault(e.getKey(), new long[4]);
        long[] a = e.getValue();
        return Map.entry(e.getKey(), new long[] {a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]});
      }).filter(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2] + e.getValue()[3] > 0)
          .sorted(Comparator.comparingLong(e -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2])))
          .forEach(e -> out.append(String.format(" %s ins %.1f upd %.1f del %.1f scans %.1f;", e.getKey(),
              e.getValue()[0] / (double) jobs, e.getValue()[1] / (double) jobs, e.getValue()[2] / (double) jobs,
              e.getValue()[3] / (double) jobs)));
      System.out.println("BENCHMARK tables per job, " + phase + ":" + out);
    }

    /** Inclusive sample counts of the pool's frames (application, Camunda, Hibernate, driver), and the leaves. */
    private static String profile(Path file, String phase) throws IOException {
      Map<String, Integer> inclusive = new HashMap<>();
      Map<String, Integer> leaves = new HashMap<>();
      int samples = 0;
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        if (event.getThread("sampledThread") == null || !"bench-job".equals(event.getThread("sampledThread").getJavaName())
            || event.getStackTrace() == null) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String type = frame.getMethod().getType().getName();
          if (type.startsWith("org.reviewactions") || type.startsWith("org.camunda.bpm.engine.impl.bpmn.behavior")
              || type.startsWith("org.camunda.bpm.engine.impl.history") || type.startsWith("org.camunda.bpm.engine.impl.db")
              || type.startsWith("org.camunda.bpm.engine.impl.persistence") || type.startsWith("org.camunda.bpm.engine.impl.cmd")
              || type.startsWith("org.camunda.bpm.engine.impl.interceptor.CommandContext")
              || type.startsWith("org.camunda.bpm.dmn") || type.startsWith("org.hibernate.event")
              || type.startsWith("org.hibernate.engine") || type.startsWith("org.postgresql.core")
              || type.startsWith("org.camunda.bpm.engine.impl.jobexecutor")) {
            String name = shortName(type) + "." + frame.getMethod().getName();
            if (seen.add(name)) {
              inclusive.merge(name, 1, Integer::sum);
            }
          }
        }
        if (!frames.isEmpty()) {
          RecordedFrame leaf = frames.get(0);
          leaves.merge(shortName(leaf.getMethod().getType().getName()) + "." + leaf.getMethod().getName(), 1, Integer::sum);
        }
      }
      StringBuilder out = new StringBuilder();
      int total = Math.max(1, samples);
      out.append(String.format("BENCHMARK profile %s: %d samples of the job threads%n", phase, samples));
      inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(45)
          .forEach(e -> out.append(String.format("BENCHMARK   %5.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey())));
      out.append("BENCHMARK   leaves:");
      leaves.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
          .forEach(e -> out.append(String.format(" %s %.1f%%;", e.getKey(), 100.0 * e.getValue() / total)));
      return out.append(System.lineSeparator()).toString();
    }

    private static String shortName(String type) {
      return type.replace("org.reviewactions.", "").replace("org.camunda.bpm.engine.impl.", "camunda.")
          .replace("org.hibernate.", "hibernate.");
    }
  }

  /** A phase's measured jobs (its {@code total} less the warm-up) and what they took. */
  record Phase(String name, int total, int jobs, double wallMs, double jvmMs, double dbMs, long statements) {
    double rate() {
      return jobs / (wallMs / 1000);
    }

    /** Per fired timer, the timer's job and the e-mail jobs it asked for (scaled by e-mails per timer). */
    Phase withItsEmails(String label, Phase mails) {
      double perTimer = mails.total / (double) total;
      double scale = perTimer * jobs / mails.jobs;
      return new Phase(label, total, jobs, wallMs + mails.wallMs * scale, jvmMs + mails.jvmMs * scale,
          dbMs + mails.dbMs * scale, statements + Math.round(mails.statements * scale));
    }

    void print() {
      System.out.printf("BENCHMARK %-24s %6d %8.1f %9.0f %10.1f %10.1f %10.1f%n", name, jobs, rate(), wallMs, jvmMs / jobs,
          dbMs / jobs, statements / (double) jobs);
    }
  }

  /** Counts the statements run through a data source: each execute, and each row added to a batch. */
  static final class Counter {
    final AtomicLong count = new AtomicLong();

    DataSource wrap(DataSource target) {
      return new DelegatingDataSource(target) {
        @Override
        public Connection getConnection() throws SQLException {
          return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
          return counting(super.getConnection(user, password));
        }
      };
    }

    private Connection counting(Connection connection) {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          forward(connection, (method, result) -> result instanceof Statement statement
              ? Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {method.getReturnType()},
                  forward(statement, (m, r) -> {
                    String n = m.getName();
                    if (n.equals("execute") || n.equals("executeQuery") || n.equals("executeUpdate")
                        || n.equals("executeLargeUpdate") || n.equals("addBatch")) {
                      count.incrementAndGet();
                    }
                    return r;
                  }))
              : result));
    }

    private interface After {
      Object apply(java.lang.reflect.Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
      return (proxy, method, args) -> {
        try {
          return after.apply(method, method.invoke(target, args));
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
    }
  }
}
