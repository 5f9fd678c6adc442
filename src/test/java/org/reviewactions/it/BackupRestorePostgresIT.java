package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.reviewactions.action.ActionProcess;

/**
 * The backup and restore of docs/operations.md, done as written: the packaged jar runs on PostgreSQL and loads the
 * demo's first review, {@code pg_dump -Fc} takes a backup, {@code pg_restore} puts it into a new database, and the jar
 * started on that database (demo off, engine schema only checked, as in production) has the same actions, open
 * tasks and history, and says it is UP.
 */
class BackupRestorePostgresIT {

  private static final Duration START = Duration.ofMinutes(20);
  /** Logged once the demo's first review's plan is committed (PackagedJarIT kills on it too). */
  private static final String FIRST_REVIEW_LOADED = "Demo review SCR-BABY-A in place";
  private static final PostgresDatabase ORIGINAL = PostgresDatabase.create();
  private static final PostgresDatabase RESTORED = PostgresDatabase.create();
  private static final List<RunningJar> started = new ArrayList<>();

  @TempDir static Path folder;

  @RegisterExtension
  static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      started.forEach(jar -> System.out.println("----- output of " + jar.name + " -----\n" + jar.output()));
    }
  };

  @AfterAll
  static void stopAndDrop() throws InterruptedException {
    for (RunningJar jar : started) {
      jar.close();
    }
    ORIGINAL.drop();
    RESTORED.drop();
  }

  @Test
  void aDumpRestoredIntoANewDatabaseStartsWithTheSameActionsTasksAndHistory() throws Exception {
    // Killed the moment the demo's first review is committed (its actions started, their tasks open), as a crash
    // would stop it, so that nothing changes the data between the figures and the dump; it also spares the test
    // the rest of the demo load.
    RunningJar original = start("original", ORIGINAL, line -> line.contains(FIRST_REVIEW_LOADED), "--rat.demo.enabled=true");
    original.await("the first demo review committed", line -> line.contains(FIRST_REVIEW_LOADED), START);
    original.awaitExit(Duration.ofMinutes(2));
    Snapshot before = snapshot(ORIGINAL);
    assertThat(before.actions).as("the demo's actions").isPositive();
    assertThat(before.openTasks).as("an action with an open task").isPositive();
    assertThat(before.history).as("its history").isPositive();

    Path dump = folder.resolve("backup.dump");
    run("pg_dump", "-Fc", "-h", PostgresDatabase.host(), "-p", PostgresDatabase.port(), "-U", ORIGINAL.user(),
        "-f", dump.toString(), ORIGINAL.name());
    run("pg_restore", "--no-owner", "--exit-on-error", "-h", PostgresDatabase.host(), "-p", PostgresDatabase.port(),
        "-U", RESTORED.user(), "-d", RESTORED.name(), dump.toString());
    assertThat(snapshot(RESTORED)).isEqualTo(before);

    // Started as production starts (the engine's schema checked, not created), with the demo off and no jobs run,
    // so what it serves is the backup's.
    RunningJar restored = start("restored", RESTORED, line -> false, "--rat.demo.enabled=false",
        "--camunda.bpm.database.schema-update=false", "--camunda.bpm.job-execution.enabled=false");
    restored.await("the start", line -> line.contains("Started ReviewActionTrackerApplication"), START);

    assertThat(health(restored.port)).isEqualTo("{\"status\":\"UP\"}");
    EngineRest admin = new EngineRest(restored.port, "admin", "admin");
    assertThat(admin.count("/history/process-instance/count?processDefinitionKey=" + ActionProcess.KEY))
        .isEqualTo(before.actions);
    assertThat(admin.count("/task/count?processInstanceId=" + before.instance)).isEqualTo(before.openTasks);
    assertThat(admin.count("/history/task/count?processInstanceId=" + before.instance)).isEqualTo(before.historicTasks);
    assertThat(admin.read("/history/process-instance/" + before.instance).get("state").asText()).isEqualTo("ACTIVE");
    assertThat(restored.output()).doesNotContain("Demo review SCR-BABY-A:");
  }

  private static RunningJar start(String name, PostgresDatabase db, java.util.function.Predicate<String> killOn,
      String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
        "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password()));
    args.addAll(List.of(more));
    RunningJar jar = RunningJar.start(name, folder, killOn, args.toArray(String[]::new));
    started.add(jar);
    return jar;
  }

  /** One action with an open task, its engine state and its history, read from the database itself. */
  private record Snapshot(long actions, String instance, long openTasks, long historicTasks, long history,
      long notifications) {}

  private static Snapshot snapshot(PostgresDatabase db) throws SQLException {
    String instance = text(db, "select t.PROC_INST_ID_ from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " where d.KEY_ = '" + ActionProcess.KEY + "' order by t.ID_ limit 1");
    return new Snapshot(
        number(db, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = '" + ActionProcess.KEY + "'"),
        instance,
        number(db, "select count(*) from ACT_RU_TASK where PROC_INST_ID_ = '" + instance + "'"),
        number(db, "select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = '" + instance + "'"),
        number(db, "select count(*) from action_history h join plan_action a on a.id = h.action_id"
            + " where a.process_instance_id = '" + instance + "'"),
        number(db, "select count(*) from notification"));
  }

  private static long number(PostgresDatabase db, String sql) throws SQLException {
    return Long.parseLong(text(db, sql));
  }

  private static String text(PostgresDatabase db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static String health(int port) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofMinutes(1)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
    assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
  }
}
