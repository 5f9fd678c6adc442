package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail server taken away while reminders fall due, on the packaged jar and PostgreSQL. The jar loads the demo
 * with its mail going to an SMTP server (GreenMail); the server is stopped, twenty owners' reminder timers are moved
 * to now, and their e-mails fail and are retried while the server is away, the mail component of health saying
 * DEGRADED and the whole staying UP. A new server on the same port then receives every e-mail that waited, each once:
 * none lost, none doubled, no incident. The retries here come every 5 s (rat.notifications.retry-intervals) so that
 * the test takes minutes; the default backs off over four days (docs/operations.md, "Faults").
 */
@Tag("faults")
class MailServerAwayPostgresIT {

  private static final Duration START = Duration.ofMinutes(15);
  private static final String DEMO_COMPLETE = "Demo complete";
  private static final int REMINDERS = 20;
  /** A retry every 5 s for 5 minutes: longer than the outage, as the default's four days are longer than a weekend. */
  private static final String RETRY_INTERVALS = String.join(",", Collections.nCopies(60, "PT5S"));
  private static final Duration OUTAGE = Duration.ofSeconds(30);
  private static final String IDEMPOTENCY_HEADER = "X-RAT-Idempotency-Key";
  private static final PostgresDatabase DB = PostgresDatabase.create();
  private static final List<RunningJar> started = new ArrayList<>();
  private static final List<GreenMail> servers = new ArrayList<>();

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
    servers.forEach(GreenMail::stop);
    DB.drop();
  }

  @Test
  void remindersFallingDueWhileTheMailServerIsAwayAreDeliveredOnceWhenItReturns() throws Exception {
    int smtpPort = RunningJar.freePort();
    GreenMail before = smtp(smtpPort);
    RunningJar jar = RunningJar.start("mail-away", folder, line -> false, "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + DB.url(), "--spring.datasource.username=" + DB.user(),
        "--spring.datasource.password=" + DB.password(), "--rat.demo.enabled=true", "--rat.mail.transport=smtp",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--rat.notifications.retry-intervals=" + RETRY_INTERVALS, "--rat.mail.health-check-every=PT5S");
    started.add(jar);
    jar.await("the end of the demo load", line -> line.contains(DEMO_COMPLETE), START);
    Jdbc db = new Jdbc(DB.url(), DB.user(), DB.password());
    Actuator health = new Actuator(jar.port);
    // The demo's own e-mails out first, so that none is cut off half-way when the server goes.
    Await.until("the demo's e-mails sent", Duration.ofMinutes(5), () -> pendingEmails(db) == 0);
    assertThat(health.as("admin", "admin").component("mail")).isEqualTo("UP");

    Map<String, Long> earlier = keys(before);
    before.stop();
    Instant away = Instant.now();
    List<String> moved = db.texts("select j.ID_ from ACT_RU_JOB j join plan_action a on a.process_instance_id = j.PROCESS_INSTANCE_ID_"
        + " where j.HANDLER_CFG_ like 'Timer_ReminderDue%' and a.owner_user_id is not null and j.SUSPENSION_STATE_ = 1"
        + " order by j.ID_ limit " + REMINDERS);
    assertThat(moved).as("owners' reminder timers in the demo").hasSize(REMINDERS);
    List<String> actions = db.texts("select PROCESS_INSTANCE_ID_ from ACT_RU_JOB where ID_ in (" + Jdbc.marks(moved) + ")",
        moved.toArray());
    // The engine keeps due dates in the JVM's zone, as the driver passes this one.
    List<Object> dueNow = new ArrayList<>(List.of(new java.sql.Timestamp(System.currentTimeMillis() - 1000)));
    dueNow.addAll(moved);
    assertThat(db.update("update ACT_RU_JOB set DUEDATE_ = ? where ID_ in (" + Jdbc.marks(moved) + ")", dueNow.toArray()))
        .isEqualTo(REMINDERS);

    Await.until("the moved reminder timers fired", Duration.ofMinutes(3),
        () -> db.number("select count(*) from ACT_RU_JOB where ID_ in (" + Jdbc.marks(moved) + ")", moved.toArray()) == 0);
    List<String> reminders = reminderKeys(db, actions);
    assertThat(reminders).as("one reminder asked for per moved timer").hasSize(REMINDERS).doesNotHaveDuplicates();
    Await.until("mail DEGRADED on health", Duration.ofMinutes(2), () -> "DEGRADED".equals(health.as("admin", "admin").component("mail")));
    Actuator.Health anonymous = health.anonymous();
    assertThat(anonymous.code()).isEqualTo(200);
    assertThat(anonymous.status()).as("a node whose mail waits stays in service").isEqualTo("UP");
    // Every reminder tried and refused at least twice, and the server away for at least OUTAGE.
    Await.until("every reminder refused twice", Duration.ofMinutes(3), () -> failures(db, reminders) >= 2L * REMINDERS);
    long sleep = OUTAGE.minus(Duration.between(away, Instant.now())).toMillis();
    if (sleep > 0) {
      Thread.sleep(sleep);
    }
    List<String> waiting = pendingKeys(db);
    assertThat(waiting).containsAll(reminders);
    assertThat(db.number("select count(*) from notification where idempotency_key in (" + Jdbc.marks(reminders) + ")",
        reminders.toArray())).as("nothing recorded as sent while the server is away").isZero();
    long refused = failures(db, reminders);

    GreenMail after = smtp(smtpPort);
    Instant back = Instant.now();
    Await.until("every waiting e-mail delivered", Duration.ofMinutes(5), () -> keys(after).keySet().containsAll(waiting));
    Duration recovery = Duration.between(back, Instant.now());
    Await.until("no e-mail left to send", Duration.ofMinutes(3), () -> pendingEmails(db) == 0);

    Map<String, Long> delivered = keys(after);
    assertThat(waiting).allSatisfy(key -> {
      assertThat(delivered.get(key)).as("deliveries of " + key).isEqualTo(1L);
      assertThat(earlier).as("delivered before the server went").doesNotContainKey(key);
    });
    assertThat(earlier.values()).as("no e-mail twice before the outage").allMatch(n -> n == 1L);
    assertThat(delivered.entrySet()).as("no e-mail twice").allSatisfy(e -> assertThat(e.getValue()).isEqualTo(1L));
    // earlier may be empty on a quick machine (the outage began before any e-mail was due), which AssertJ's
    // doesNotContainAnyElementsOf refuses as an argument.
    assertThat(delivered.keySet()).as("no e-mail to both servers").noneMatch(earlier::containsKey);
    assertThat(db.number("select count(*) from notification where status = 'SENT' and idempotency_key in ("
        + Jdbc.marks(reminders) + ")", reminders.toArray())).isEqualTo(REMINDERS);
    assertThat(db.number("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();
    Await.until("mail UP on health", Duration.ofMinutes(1), () -> "UP".equals(health.as("admin", "admin").component("mail")));
    System.out.printf("Mail server away %d s; %d reminders (of %d e-mails waiting) refused %d times in all; every one"
        + " delivered once %d s after the server returned%n", Duration.between(away, back).toSeconds(), REMINDERS,
        waiting.size(), refused, recovery.toSeconds());
  }

  private static GreenMail smtp(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    servers.add(server);
    return server;
  }

  /** Notification processes not yet through: each is an e-mail still to send. */
  private static long pendingEmails(Jdbc db) throws Exception {
    return db.number("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
        + " where d.KEY_ = 'notification' and e.PARENT_ID_ is null");
  }

  private static List<String> pendingKeys(Jdbc db) throws Exception {
    return db.texts("select v.TEXT_ from ACT_RU_VARIABLE v join ACT_RU_EXECUTION e on e.ID_ = v.EXECUTION_ID_"
        + " join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'notification' and v.NAME_ = 'idempotencyKey'");
  }

  /** The keys of the reminders (or progress requests) the given actions asked for. */
  private static List<String> reminderKeys(Jdbc db, List<String> actions) throws Exception {
    return db.texts("select k.TEXT_ from ACT_RU_VARIABLE k"
        + " join ACT_RU_VARIABLE s on s.PROC_INST_ID_ = k.PROC_INST_ID_ and s.NAME_ = 'sourceProcessInstanceId'"
        + " join ACT_RU_VARIABLE t on t.PROC_INST_ID_ = k.PROC_INST_ID_ and t.NAME_ = 'notificationKind'"
        + " where k.NAME_ = 'idempotencyKey' and t.TEXT_ in ('reminder', 'progress-request')"
        + " and s.TEXT_ in (" + Jdbc.marks(actions) + ")", actions.toArray());
  }

  /** Failed attempts to send the e-mails with these keys (still waiting), from the engine's job log. */
  private static long failures(Jdbc db, List<String> keys) throws Exception {
    return db.number("select count(*) from ACT_HI_JOB_LOG l join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = l.PROCESS_INSTANCE_ID_"
        + " where v.NAME_ = 'idempotencyKey' and v.TEXT_ in (" + Jdbc.marks(keys) + ") and l.JOB_EXCEPTION_MSG_ is not null",
        keys.toArray());
  }

  /** How many messages the server received with each idempotency key. */
  private static Map<String, Long> keys(GreenMail server) {
    Map<String, Long> counts = new HashMap<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      try {
        String[] header = message.getHeader(IDEMPOTENCY_HEADER);
        assertThat(header).as("every e-mail carries its idempotency key").isNotNull().hasSize(1);
        counts.merge(MimeUtility.decodeText(MimeUtility.unfold(header[0])), 1L, Long::sum);
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return counts;
  }
}
