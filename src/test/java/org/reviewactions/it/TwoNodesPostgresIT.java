package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.reviewactions.identity.AgencyGroups;

/**
 * Two nodes of the packaged jar on one PostgreSQL database, both running jobs, mailing through one SMTP server
 * (GreenMail). A plan of {@code it.two-nodes.actions} actions (2,000 unless set) is imported through the REST API, each
 * action owned by one person, so each waits at its reminder timer; the timers are then made due at the same instant.
 * Every reminder reaches the mail server exactly once (counted by its idempotency key), and both nodes did the work.
 * Then the next reminders of {@code it.two-nodes.kill-actions} of them (500) fall due and one node is killed with
 * SIGKILL while both send, and started again.
 *
 * <p>The nodes run the shipped configuration with four settings changed for the test, each on the command line:
 * the lock time is 30 s instead of 5 min (how long the killed node's jobs wait for another node, so the test does not
 * wait five minutes; on a loaded machine a job can outlive it, and the other node then runs it again, which the
 * idempotency key and the mail handover make harmless), the idle poll backs off to at most
 * 2 s instead of 60 s (the due dates are changed in the database, which wakes no node), people get the daily digest
 * instead of an e-mail per assignment (2,000 assignment e-mails would double the sweep; reminders are never part of
 * the digest) and the digest schedule is off.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIT {

  private static final int ACTIONS = Integer.getInteger("it.two-nodes.actions", 2000);
  private static final int KILL_ACTIONS = Math.min(ACTIONS, Integer.getInteger("it.two-nodes.kill-actions", 500));
  private static final Duration START = Duration.ofMinutes(15);
  private static final Duration SWEEP = Duration.ofMinutes(20);
  private static final String STARTED = "Started ReviewActionTrackerApplication";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "Kettle-Harbour-Lamp-4711";
  private static final String OWNER = "reminded.owner";
  private static final String AGENCY = "Two Nodes Agency";
  private static final String ROLE = "Head of Reminders";
  private static final String REVIEW = "IT-TWO-NODES";
  private static final String IDEMPOTENCY_HEADER = "X-RAT-Idempotency-Key";
  private static final String KIND_HEADER = "X-RAT-Kind";
  private static final int JOB_THREADS_PER_NODE = 8;

  private static final PostgresDatabase DB = PostgresDatabase.create();
  private static final ReminderJobs jobs = new ReminderJobs(DB, REVIEW);
  private static final List<RunningJar> started = new ArrayList<>();
  private static GreenMail smtp;
  private static RunningJar nodeA;
  private static RunningJar nodeB;

  @TempDir static Path folder;

  @RegisterExtension
  static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      started.forEach(jar -> System.out.println("----- output of " + jar.name + " -----\n" + jar.output()));
    }
  };

  @BeforeAll
  static void twoNodesWithAPlanWaitingForItsReminders() throws Exception {
    try {
      setUp();
    } catch (Exception | AssertionError e) {
      // The watcher above reports failed tests only, not a failed set-up.
      started.forEach(jar -> System.out.println("----- output of " + jar.name + " -----\n" + jar.output()));
      throw e;
    }
  }

  private static void setUp() throws Exception {
    long begin = System.nanoTime();
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // The first node makes the schemas (Flyway, the engine's) and deploys; the second starts on them while the first
    // imports the plan.
    nodeA = node("node-a");
    nodeA.await("the start", line -> line.contains(STARTED), START);
    nodeB = node("node-b");

    EngineRest engine = new EngineRest(nodeA.port, ADMIN, ADMIN_PASSWORD);
    assertThat(engine.post("/user/create", """
        {"profile": {"id": "%s", "firstName": "Rita", "lastName": "Reminded", "email": "reminded.owner@example.org"},
         "credentials": {"password": "Quiet-Meadow-Lantern-4711"}}""".formatted(OWNER)).status()).isEqualTo(204);
    AppClient admin = new AppClient(nodeA.port, ADMIN, ADMIN_PASSWORD);
    // A one-action plan makes the agency and its role; the owner joins the agency and is made the role's holder on the
    // people page, so every action of the large plan is the owner's from its start.
    AppClient.Answer small = admin.upload("/api/action-plans", plan(REVIEW + "-SETUP", 1));
    assertThat(small.status()).as(small.body()).isEqualTo(201);
    assertThat(engine.put("/group/" + AgencyGroups.agencyGroup(AGENCY) + "/members/" + OWNER, "{}").status()).isEqualTo(204);
    long roleId = jobs.number("select id from responsible_role where name = ? and agency = ?", ROLE, AGENCY);
    admin.signIn();
    AppClient.Answer holder = admin.submit("/people", "/people/roles/holder", Map.of("roleId", String.valueOf(roleId),
        "userId", OWNER));
    assertThat(holder.status()).as(holder.body()).isEqualTo(302);
    assertThat(holder.location()).endsWith("/people");

    long importing = System.nanoTime();
    AppClient.Answer large = admin.upload("/api/action-plans", plan(REVIEW, ACTIONS));
    // A plan above rat.import.background-threshold (200) is imported in the background; a smaller one at once.
    assertThat(large.status()).as(large.body()).isIn(201, 202);
    if (large.status() == 202) {
      awaitImport(admin, large.location());
    }
    log("import of %d actions through the API: %d s", ACTIONS, seconds(importing));
    nodeB.await("the start", line -> line.contains(STARTED), START);
    awaitCondition("every action at its reminder timer", () -> jobs.waitingTimers() == ACTIONS, Duration.ofMinutes(5));
    log("set-up (two starts, the import): %d s", seconds(begin));
  }

  @AfterAll
  static void stopAndDrop() throws InterruptedException {
    for (RunningJar jar : started) {
      jar.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    DB.drop();
  }

  @Test
  @Order(1)
  void reminderDueAtTheSameInstantForEveryActionIsMailedExactlyOnceByTwoNodesSharingTheWork() throws Exception {
    List<Long> actions = jobs.actions();
    assertThat(actions).hasSize(ACTIONS);
    Set<String> expected = jobs.scheduledKeys(actions);
    int before = smtp.getReceivedMessages().length;
    Timestamp since = new Timestamp(System.currentTimeMillis() - 1000);
    long sweep = System.nanoTime();

    assertThat(jobs.makeDueNow(actions)).isEqualTo(ACTIONS);
    awaitSweep(expected.size(), before);

    List<String> keys = reminderKeys(before);
    Map<String, Long> perKey = counts(keys);
    Map<String, Long> byNode = jobs.jobsDoneByNode(since);
    log("%d reminders due at once: all mailed %d s after they fell due; jobs done per node %s", ACTIONS, seconds(sweep), byNode);
    assertThat(twice(perKey)).as("keys mailed more than once").isEmpty();
    assertThat(perKey.keySet()).as("the reminders mailed").isEqualTo(expected);
    assertThat(keys).hasSize(ACTIONS);
    assertThat(byNode).as("reminder timers and e-mail sends done per node").containsOnlyKeys("node-a", "node-b");
    assertThat(byNode.values()).allMatch(done -> done > 0);
    assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).as("a timer and a send per reminder")
        .isEqualTo(2L * ACTIONS);
    assertThat(jobs.recordedSent(expected)).isEqualTo(expected);
    assertThat(jobs.leftovers()).isEqualTo("jobs with an exception: 0, incidents: 0");
  }

  @Test
  @Order(2)
  void nodeKilledDuringAReminderSweepAndStartedAgainLosesNoReminderAndDoublesOnlyOneInFlightAtTheKill() throws Exception {
    awaitCondition("no sweep going on", () -> jobs.outstanding() == 0, SWEEP);
    List<Long> actions = jobs.actions().subList(0, KILL_ACTIONS);
    Set<String> expected = jobs.scheduledKeys(actions);
    int before = smtp.getReceivedMessages().length;
    Timestamp since = new Timestamp(System.currentTimeMillis() - 1000);
    long sweep = System.nanoTime();

    assertThat(jobs.makeDueNow(actions)).isEqualTo(KILL_ACTIONS);
    awaitCondition("a quarter of the reminders mailed", () -> smtp.getReceivedMessages().length - before >= KILL_ACTIONS / 4,
        SWEEP);
    long pid = nodeB.pid();
    int exit = nodeB.kill();
    Set<String> mailedAtKill = new HashSet<>(reminderKeys(before));
    // Mailed but the job not committed when the node died: the sends in flight at that instant (on either node).
    Set<String> uncommitted = new HashSet<>(mailedAtKill);
    uncommitted.removeAll(jobs.recordedSent(expected));
    // Of those, the ones whose handover was not committed either: the only ones a retry cannot know were delivered.
    Set<String> inFlight = new HashSet<>(uncommitted);
    inFlight.removeAll(jobs.handedOver(expected));
    Map<String, Long> beforeKill = jobs.jobsDoneByNode(since);
    log("killed node-b (pid %d, exit %d) %d s into the sweep, %d of %d reminders mailed, %d of them with the job not yet"
        + " committed, %d without a committed handover; jobs done per node until then %s", pid, exit, seconds(sweep),
        mailedAtKill.size(), KILL_ACTIONS, uncommitted.size(), inFlight.size(), beforeKill);
    assertThat(exit).as("exit code of a process ended by SIGKILL").isEqualTo(137);
    assertThat(mailedAtKill.size()).as("the sweep was still going on at the kill").isLessThan(KILL_ACTIONS);
    assertThat(beforeKill.getOrDefault("node-b", 0L)).as("node-b was sending when it was killed").isPositive();

    nodeB = node("node-b");
    nodeB.await("the start after the kill", line -> line.contains(STARTED), START);
    awaitSweep(expected.size(), before);

    List<String> keys = reminderKeys(before);
    Map<String, Long> perKey = counts(keys);
    Map<String, Long> doubled = twice(perKey);
    long notResent = started.stream().mapToLong(jar -> jar.output().lines()
        .filter(line -> line.contains("from an attempt that did not complete")).count()).sum();
    log("%d reminders with a node killed: all mailed %d s after they fell due; mailed twice: %d %s; retries that found"
        + " the handover and sent nothing: %d; jobs done per node %s", KILL_ACTIONS, seconds(sweep), doubled.size(),
        doubled.keySet(), notResent, jobs.jobsDoneByNode(since));
    assertThat(perKey.keySet()).as("every reminder mailed, none lost, nothing else").isEqualTo(expected);
    // SMTP has no way to ask whether a message handed over before a crash arrived: a send the killed node had handed to
    // the server but whose handover it had not committed is sent again by the node that retries it. Only such a send
    // may be doubled; one whose handover was committed is not sent again.
    assertThat(inFlight).as("sends in flight at the kill").hasSizeLessThanOrEqualTo(2 * JOB_THREADS_PER_NODE);
    assertThat(doubled.keySet()).as("reminders mailed twice, each in flight at the kill").isSubsetOf(inFlight);
    assertThat(doubled.values()).allMatch(n -> n == 2);
    assertThat(jobs.recordedSent(expected)).isEqualTo(expected);
    assertThat(jobs.notificationRows(expected)).isEqualTo(KILL_ACTIONS);
    assertThat(jobs.leftovers()).isEqualTo("jobs with an exception: 0, incidents: 0");
  }

  private static RunningJar node(String hostname) throws IOException {
    RunningJar jar = RunningJar.start(hostname, folder, line -> false,
        "--spring.profiles.active=postgres", "--spring.datasource.url=" + DB.url(),
        "--spring.datasource.username=" + DB.user(), "--spring.datasource.password=" + DB.password(),
        "--rat.demo.enabled=false", "--camunda.bpm.admin-user.id=" + ADMIN,
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD, "--camunda.bpm.admin-user.email=admin@example.org",
        "--rat.mail.transport=smtp", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--rat.notifications.default-delivery=digest", "--rat.notifications.digest-job=false",
        // Recorded by the engine in ACT_HI_JOB_LOG.HOSTNAME_ for every job this node runs.
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
        "--camunda.bpm.job-execution.lock-time-in-millis=30000", "--camunda.bpm.job-execution.max-wait=2000",
        // A plan of 2,000 actions is over the jar's 1,000-row limit for one file; an installation raises it the same way.
        "--rat.import.max-rows=" + (ACTIONS + 100),
        // The default (host name and port) would already tell the two JVMs on this host apart, but each start here
        // takes a new random port: a fixed name lets node-b, started again, recognise an import it left unfinished.
        "--rat.import.node=" + hostname);
    started.add(jar);
    return jar;
  }

  /** A plan of {@code actions} actions, ten to a recommendation, each the role's, due a year from now. */
  private static Map<String, Object> plan(String reviewRef, int actions) {
    String due = "by " + YearMonth.now().plusMonths(12).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    StringBuilder csv = new StringBuilder("Rec No,Recommendation,Action,Timescale,Responsible,Agency\n");
    for (int i = 0; i < actions; i++) {
      int rec = i / 10 + 1;
      csv.append("R").append(rec).append(",\"Recommendation ").append(rec).append("\",\"Audit the referrals, part ")
          .append(i + 1).append("\",\"").append(due).append("\",\"").append(ROLE).append("\",\"").append(AGENCY).append("\"\n");
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("file", csv.toString().getBytes(StandardCharsets.UTF_8));
    form.put("reviewRef", reviewRef);
    form.put("title", "SCR " + reviewRef);
    form.put("board", "Two Nodes LSCB");
    form.put("published", YearMonth.now().atDay(1).toString());
    form.put("acknowledge", "unreachable");
    return form;
  }

  private static void awaitImport(AppClient admin, String location) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    String status = null;
    while (System.nanoTime() < deadline) {
      AppClient.Answer answer = admin.get(location);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      status = new ObjectMapper().readTree(answer.body()).get("status").asText();
      if (status.equals("DONE")) {
        return;
      }
      assertThat(status).as(answer.body()).isIn("QUEUED", "RUNNING");
      Thread.sleep(2000);
    }
    throw new AssertionError("The import was " + status + " after " + START.toMinutes() + " min");
  }

  /** Waits until at least {@code count} mails arrived and no reminder timer or e-mail send is left to run. */
  private static void awaitSweep(int count, int before) throws Exception {
    awaitCondition(count + " mails and nothing left to send",
        () -> smtp.getReceivedMessages().length - before >= count && jobs.outstanding() == 0, SWEEP);
    // A send that was doubled would arrive after the last job: give it time to be seen.
    Thread.sleep(3000);
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitCondition(String what, Check check, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not reached within " + timeout.toMinutes() + " min: " + what + " (" + jobs.outstanding()
            + " jobs outstanding, " + smtp.getReceivedMessages().length + " mails)");
      }
      Thread.sleep(500);
    }
  }

  /** The idempotency keys of the reminders and progress requests received since the first {@code before} mails. */
  private static List<String> reminderKeys(int before) throws MessagingException, IOException {
    MimeMessage[] received = smtp.getReceivedMessages();
    List<String> keys = new ArrayList<>();
    for (int i = before; i < received.length; i++) {
      String kind = received[i].getHeader(KIND_HEADER, null);
      if ("reminder".equals(kind) || "progress-request".equals(kind)) {
        keys.add(MimeUtility.decodeText(MimeUtility.unfold(received[i].getHeader(IDEMPOTENCY_HEADER, null))));
      }
    }
    return keys;
  }

  private static Map<String, Long> counts(List<String> keys) {
    return keys.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  private static Map<String, Long> twice(Map<String, Long> perKey) {
    Map<String, Long> doubled = new TreeMap<>();
    perKey.forEach((key, n) -> {
      if (n > 1) {
        doubled.put(key, n);
      }
    });
    return doubled;
  }

  private static long seconds(long sinceNanos) {
    return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
  }

  private static void log(String format, Object... args) {
    System.out.println("TWO NODES: " + String.format(format, args));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
