package org.reviewactions.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which messages the mail server has accepted, each recorded in a transaction of its own, committed the moment the
 * server accepted the message, whatever becomes of the job that sent it.
 *
 * <p>SMTP cannot tell a client that retries whether a message it handed over before a crash arrived, so a send and
 * its record can never be one atomic step. Without this record the gap was the whole rest of the sending job (its
 * process steps, history and commit): a node killed there had its job run again by another node, which sent the mail
 * a second time. With it the gap is the server's acknowledgement and one small commit.
 */
@Component
class MailHandovers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  MailHandovers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records, and commits at once, that the server accepted the message with this key. */
  void record(String idempotencyKey, Instant at) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into notification_handover (idempotency_key, handed_over_at) values (?, ?)", idempotencyKey,
        Timestamp.from(at)));
  }

  /** Whether the server accepted a message with this key (committed by any attempt, on any node). */
  boolean handedOver(String idempotencyKey) {
    Integer found = jdbc.queryForObject("select count(*) from notification_handover where idempotency_key = ?",
        Integer.class, idempotencyKey);
    return found != null && found > 0;
  }
}
