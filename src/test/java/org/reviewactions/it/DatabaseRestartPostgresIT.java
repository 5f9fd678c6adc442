package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarted under the running application, on the packaged jar: the server (a private one, so the shared
 * server's other tests go on) is stopped for 25 s while reminders fall due. Meanwhile {@code /actuator/health} tells a
 * load balancer the node is not UP; once the server is back, with nobody acting, health is UP again, the engine's REST
 * API answers, and every reminder that fell due during the outage is sent, once.
 */
@Tag("faults")
class DatabaseRestartPostgresIT {

  private static final Duration START = Duration.ofMinutes(15);
  private static final String DEMO_COMPLETE = "Demo complete";
  private static final Duration OUTAGE = Duration.ofSeconds(25);
  private static final int REMINDERS = 5;
  private static final String DATABASE = "rat_restart";
  private static final List<RunningJar> started = new ArrayList<>();
  private static PrivatePostgres postgres;

  @TempDir static Path folder;

  @RegisterExtension
  static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      started.forEach(jar -> System.out.println("----- output of " + jar.name + " -----\n" + jar.output()));
      try {
        System.out.println("----- PostgreSQL's log -----\n" + (postgres == null ? "" : postgres.log()));
      } catch (java.io.IOException e) {
        System.out.println("PostgreSQL's log unreadable: " + e);
      }
    }
  };

  @AfterAll
  static void stopAll() throws Exception {
    for (RunningJar jar : started) {
      jar.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theApplicationRecoversFromADatabaseRestartByItselfAndSendsTheRemindersThatFellDueMeanwhile() throws Exception {
    postgres = PrivatePostgres.start();
    postgres.createDatabase(DATABASE);
    RunningJar jar = RunningJar.start("database-restart", folder, line -> false, "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + postgres.url(DATABASE), "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--rat.demo.enabled=true");
    started.add(jar);
    jar.await("the end of the demo load", line -> line.contains(DEMO_COMPLETE), START);
    Jdbc db = new Jdbc(postgres.url(DATABASE), "postgres", "");
    Actuator health = new Actuator(jar.port);
    EngineRest admin = new EngineRest(jar.port, "admin", "admin");
    assertThat(health.anonymous().status()).isEqualTo("UP");
    long tasks = admin.count("/task/count");
    assertThat(tasks).as("open tasks in the demo").isPositive();

    // Reminders that fall due while the server is away: they cannot even be acquired until it returns.
    List<String> moved = db.texts("select j.ID_ from ACT_RU_JOB j join plan_action a on a.process_instance_id = j.PROCESS_INSTANCE_ID_"
        + " where j.HANDLER_CFG_ like 'Timer_ReminderDue%' and a.owner_user_id is not null and j.SUSPENSION_STATE_ = 1"
        + " order by j.ID_ limit " + REMINDERS);
    assertThat(moved).as("owners' reminder timers in the demo").hasSize(REMINDERS);
    List<String> actions = db.texts("select id from plan_action where process_instance_id in (select PROCESS_INSTANCE_ID_"
        + " from ACT_RU_JOB where ID_ in (" + Jdbc.marks(moved) + "))", moved.toArray());
    List<Object> dueSoon = new ArrayList<>(List.of(new Timestamp(System.currentTimeMillis() + 10_000)));
    dueSoon.addAll(moved);
    assertThat(db.update("update ACT_RU_JOB set DUEDATE_ = ? where ID_ in (" + Jdbc.marks(moved) + ")", dueSoon.toArray()))
        .isEqualTo(REMINDERS);

    Instant stopped = Instant.now();
    postgres.stop();
    Await.until("health not UP", Duration.ofMinutes(2), () -> !"UP".equals(health.anonymous().status()));
    Actuator.Health down = health.anonymous();
    Duration noticed = Duration.between(stopped, Instant.now());
    assertThat(down.code()).as("a load balancer takes the node out").isEqualTo(503);
    assertThat(down.status()).isEqualTo("DOWN");
    long sleep = OUTAGE.minus(Duration.between(stopped, Instant.now())).toMillis();
    if (sleep > 0) {
      Thread.sleep(sleep);
    }
    assertThat(health.anonymous().status()).as("still down at the end of the outage").isEqualTo("DOWN");

    postgres.startAgain();
    Instant back = Instant.now();
    Await.until("health UP again", Duration.ofMinutes(3), () -> "UP".equals(health.anonymous().status()));
    Duration healthUp = Duration.between(back, Instant.now());
    Await.until("the engine's REST API answering", Duration.ofMinutes(2), () -> admin.get("/task/count").status() == 200);
    assertThat(admin.count("/task/count")).as("open tasks after the restart").isGreaterThanOrEqualTo(tasks);
    Await.until("the reminders due during the outage sent", Duration.ofMinutes(5), () -> db.number(
        "select count(*) from notification where status = 'SENT' and kind in ('reminder', 'progress-request')"
            + " and sent_at > ? and action_id in (" + Jdbc.marks(actions) + ")", args(Timestamp.from(stopped), actions)) >= REMINDERS);
    Duration remindersSent = Duration.between(back, Instant.now());
    assertThat(db.number("select count(*) from notification where kind in ('reminder', 'progress-request')"
        + " and sent_at > ? and action_id in (" + Jdbc.marks(actions) + ")", args(Timestamp.from(stopped), actions)))
        .as("each reminder once").isEqualTo(REMINDERS);
    assertThat(db.number("select count(*) from ACT_RU_JOB where ID_ in (" + Jdbc.marks(moved) + ")", moved.toArray()))
        .as("the moved timers fired").isZero();
    assertThat(db.number("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();
    System.out.printf("Database stopped %d s; health said DOWN after %d s; UP %d s after the database returned; the %d"
        + " reminders due meanwhile sent %d s after it returned%n", Duration.between(stopped, back).toSeconds(),
        noticed.toSeconds(), healthUp.toSeconds(), REMINDERS, remindersSent.toSeconds());
  }

  private static Object[] args(Object first, List<String> rest) {
    List<Object> all = new ArrayList<>(List.of(first));
    rest.forEach(id -> all.add(Long.valueOf(id)));
    return all.toArray();
  }
}
