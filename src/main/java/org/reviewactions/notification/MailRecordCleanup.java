package org.reviewactions.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the e-mail records nothing needs any more, every night ({@link MailRecordRetention}):
 *
 * <ul>
 *   <li>a {@code notification} row first tried more than {@code keep-for} ago, unless it is about an action whose page
 *       still shows it ({@link ShownMailRecords}: the action module keeps an action's e-mails as long as the engine
 *       keeps the action's history). Its key guarded against a second send only while the request could be retried;
 *   <li>a {@code notification_handover} row whose e-mail is recorded {@code SENT}: from then on the row's key is what
 *       stops a second send, and the handover is never read again;
 *   <li>a handover with no e-mail record at all older than {@code keep-for}: the attempt that recorded it died, and
 *       no retry came to find it.
 * </ul>
 *
 * <p>Each batch is its own short transaction of at most {@code cleanup-batch} rows, re-checking its condition in the
 * delete, so two nodes running it at once delete each row once and the other finds it gone. A batch that fails (a
 * lock conflict between them) ends this run; the next run carries on.
 */
@Component
class MailRecordCleanup {

  private static final Logger log = LoggerFactory.getLogger(MailRecordCleanup.class);
  static final String DELETED = "rat.emails.records.deleted";

  /** What one run deleted. */
  record Deleted(int notifications, int handovers) {

    Deleted plus(Deleted other) {
      return new Deleted(notifications + other.notifications, handovers + other.handovers);
    }
  }

  private record Row(long id, Long actionId) {}

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate transaction;
  private final MailRecordRetention retention;
  private final ObjectProvider<ShownMailRecords> shown;
  private final Clock clock;
  private final Counter notificationsDeleted;
  private final Counter handoversDeleted;

  MailRecordCleanup(JdbcTemplate jdbc, PlatformTransactionManager transactions, MailRecordRetention retention,
      NotificationRetries retries, ObjectProvider<ShownMailRecords> shown, MeterRegistry meters, Clock clock) {
    retention.checkLongerThan(retries.span());
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.transaction = new TransactionTemplate(transactions);
    this.retention = retention;
    this.shown = shown;
    this.clock = clock;
    this.notificationsDeleted = counter(meters, "notification");
    this.handoversDeleted = counter(meters, "notification_handover");
  }

  private static Counter counter(MeterRegistry meters, String table) {
    return Counter.builder(DELETED).description("E-mail records deleted by the nightly cleanup (rat.notifications.keep-for)")
        .tag("table", table).register(meters);
  }

  @Scheduled(cron = "${rat.notifications.cleanup-at:0 15 3 * * *}", zone = "${rat.zone:Europe/London}")
  void nightly() {
    try {
      cleanUp();
    } catch (DataAccessException e) {
      log.warn("The e-mail records cleanup stopped; what is left goes at its next run: {}", e.toString());
    }
  }

  /** Deletes what is no longer needed, batch by batch; returns how many rows went. */
  Deleted cleanUp() {
    long began = System.nanoTime();
    Instant cutoff = clock.instant().minus(retention.keepFor());
    Deleted old = oldNotifications(cutoff);
    int notifications = old.notifications();
    int handovers = old.handovers() + repeat(this::settledHandovers) + repeat(() -> orphanHandovers(cutoff));
    notificationsDeleted.increment(notifications);
    handoversDeleted.increment(handovers);
    log.info("E-mail records cleanup: {} e-mail records first tried before {} and {} handovers deleted in {} ms",
        notifications, cutoff, handovers, Duration.ofNanos(System.nanoTime() - began).toMillis());
    return new Deleted(notifications, handovers);
  }

  /** Walks the old rows in id order, so rows kept for their action are passed over, not read again each batch. */
  private Deleted oldNotifications(Instant cutoff) {
    Timestamp before = Timestamp.from(cutoff);
    Deleted deleted = new Deleted(0, 0);
    long after = 0;
    List<Row> rows;
    do {
      rows = jdbc.query("select id, action_id from notification where created_at < ? and id > ? order by id "
          + "fetch first " + retention.cleanupBatch() + " rows only", (rs, i) -> {
            long actionId = rs.getLong(2);
            return new Row(rs.getLong(1), rs.wasNull() ? null : actionId);
          }, before, after);
      if (rows.isEmpty()) {
        break;
      }
      after = rows.get(rows.size() - 1).id();
      Set<Long> kept = stillShown(rows.stream().map(Row::actionId).filter(Objects::nonNull).toList());
      List<Long> ids = rows.stream().filter(row -> row.actionId() == null || !kept.contains(row.actionId()))
          .map(Row::id).toList();
      if (!ids.isEmpty()) {
        deleted = deleted.plus(deleteNotifications(ids, before));
      }
    } while (rows.size() == retention.cleanupBatch());
    return deleted;
  }

  private Set<Long> stillShown(List<Long> actionIds) {
    Set<Long> kept = new HashSet<>();
    if (!actionIds.isEmpty()) {
      Set<Long> distinct = Set.copyOf(actionIds);
      shown.orderedStream().forEach(source -> kept.addAll(source.stillShown(distinct)));
    }
    return kept;
  }

  private Deleted deleteNotifications(List<Long> ids, Timestamp before) {
    return transaction.execute(status -> {
      Map<String, Object> params = Map.of("ids", ids, "before", before);
      int handovers = named.update("delete from notification_handover where idempotency_key in "
          + "(select idempotency_key from notification where id in (:ids) and created_at < :before)", params);
      return new Deleted(named.update("delete from notification where id in (:ids) and created_at < :before", params),
          handovers);
    });
  }

  private int settledHandovers() {
    return deleteHandovers("select h.idempotency_key from notification_handover h join notification n "
        + "on n.idempotency_key = h.idempotency_key where n.status = 'SENT'", Map.of());
  }

  private int orphanHandovers(Instant cutoff) {
    return deleteHandovers("select h.idempotency_key from notification_handover h where h.handed_over_at < :before "
        + "and not exists (select 1 from notification n where n.idempotency_key = h.idempotency_key)",
        Map.of("before", Timestamp.from(cutoff)));
  }

  private int deleteHandovers(String keys, Map<String, Object> params) {
    Integer deleted = transaction.execute(status -> named.update("delete from notification_handover where "
        + "idempotency_key in (" + keys + " fetch first " + retention.cleanupBatch() + " rows only)", params));
    return deleted == null ? 0 : deleted;
  }

  /** Runs a batch until one deletes less than a whole batch. */
  private int repeat(IntSupplier batch) {
    int total = 0;
    int deleted;
    do {
      deleted = batch.getAsInt();
      total += deleted;
    } while (deleted == retention.cleanupBatch());
    return total;
  }
}
