package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly cleanup of e-mail records on the real schema and engine, the clock pinned to {@link PinnedClock#NOW}:
 * with the default {@code keep-for} of 400 days, records first tried before 26 October 2025 may go.
 */
class MailRecordCleanupTest extends ProcessTestSupport {

  private static final Instant OLD = PinnedClock.NOW.minus(Duration.ofDays(500));
  private static final Instant RECENT = PinnedClock.NOW.minus(Duration.ofDays(399));

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MailRecordRetention retention;
  @Autowired NotificationRetries retries;
  @Autowired MeterRegistry meters;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;
  @Autowired MailRecordCleanup cleanup;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void oldRecordsGoButRecentOnesAndThoseAnActionPageStillShowsStay() {
    assertThat(retention.keepFor()).isEqualTo(Duration.ofDays(400));
    TestPlan plan = TestPlan.plan()
        .action("1", "Share information", "Set up the shared register", "by 14/03/2027", "Safeguarding lead", agency)
        .action("2", "Train the staff", "Run the training", "by 14/03/2027", "Safeguarding lead", agency);
    importPlan(plan);
    List<Recommendation> recs = recommendationsOf(plan);
    Action shown = actionsOf(recs.get(0)).get(0);
    Action forgotten = actionsOf(recs.get(1)).get(0);
    // What the engine's history cleanup does once the action's history has outlived its time to live.
    runtimeService.deleteProcessInstance(recs.get(1).getProcessInstanceId(), "history time to live passed");
    historyService.deleteHistoricProcessInstancesIfExists(
        List.of(forgotten.getProcessInstanceId(), recs.get(1).getProcessInstanceId()));

    String oldMail = mail(null, OLD, true);
    String recentMail = mail(null, RECENT, true);
    String oldOfShownAction = mail(shown.getId(), OLD, true);
    String oldOfForgottenAction = mail(forgotten.getId(), OLD, true);
    String recentOfForgottenAction = mail(forgotten.getId(), RECENT, true);
    String neverSent = mail(null, OLD, false);
    handover(oldMail, OLD);
    handover(recentMail, RECENT);
    String diedBeforeItsRecord = "cleanup:" + run + ":died-old";
    handover(diedBeforeItsRecord, OLD);
    String awaitingItsRetry = "cleanup:" + run + ":died-recent";
    handover(awaitingItsRetry, PinnedClock.NOW.minus(Duration.ofHours(50)));

    MailRecordCleanup.Deleted deleted = cleanup.cleanUp();

    assertThat(notifications()).contains(recentMail, oldOfShownAction, recentOfForgottenAction)
        .doesNotContain(oldMail, oldOfForgottenAction, neverSent);
    // The recent e-mail's handover goes too: its SENT record now guards the key.
    assertThat(handovers()).containsExactly(awaitingItsRetry);
    assertThat(deleted.notifications()).isGreaterThanOrEqualTo(3);
    assertThat(deleted.handovers()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void twoNodesCleaningUpAtOnceDeleteEveryOldRecordOnceInSmallBatches() throws Exception {
    List<String> old = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String key = mail(null, OLD.plusSeconds(i), true);
      handover(key, OLD);
      old.add(key);
    }
    String recent = mail(null, RECENT, true);
    MailRecordCleanup nodeA = inBatchesOf(3);
    MailRecordCleanup nodeB = inBatchesOf(3);
    double before = deletedMetric();

    CompletableFuture<MailRecordCleanup.Deleted> a = CompletableFuture.supplyAsync(nodeA::cleanUp);
    CompletableFuture<MailRecordCleanup.Deleted> b = CompletableFuture.supplyAsync(nodeB::cleanUp);
    int notificationsDeleted = a.get().notifications() + b.get().notifications();

    assertThat(notifications()).containsExactly(recent);
    assertThat(handovers()).isEmpty();
    // Rows of other tests may be old too; ours are 40 and none was counted twice.
    assertThat(notificationsDeleted).isGreaterThanOrEqualTo(40);
    assertThat(deletedMetric() - before).isEqualTo(notificationsDeleted);
  }

  private MailRecordCleanup inBatchesOf(int batch) {
    return new MailRecordCleanup(jdbc, transactions,
        new MailRecordRetention(retention.keepFor(), retention.cleanupAt(), batch), retries,
        context.getBeanProvider(ShownMailRecords.class), meters, clock);
  }

  private double deletedMetric() {
    return meters.get(MailRecordCleanup.DELETED).tag("table", "notification").counter().count();
  }

  private String mail(Long actionId, Instant at, boolean sent) {
    String key = "cleanup:" + run + ":" + UUID.randomUUID();
    jdbc.update("insert into notification (idempotency_key, action_id, kind, recipient, subject, status, created_at, "
        + "sent_at, attempts) values (?, ?, 'assignment', 'jane@example.org', 'An action for you', ?, ?, ?, 1)", key,
        actionId, sent ? "SENT" : "PENDING", Timestamp.from(at), sent ? Timestamp.from(at) : null);
    return key;
  }

  private void handover(String key, Instant at) {
    jdbc.update("insert into notification_handover (idempotency_key, handed_over_at) values (?, ?)", key,
        Timestamp.from(at));
  }

  private List<String> notifications() {
    return jdbc.queryForList("select idempotency_key from notification where idempotency_key like ?", String.class,
        "cleanup:" + run + ":%");
  }

  private List<String> handovers() {
    return jdbc.queryForList("select idempotency_key from notification_handover where idempotency_key like ?",
        String.class, "cleanup:" + run + ":%");
  }
}
