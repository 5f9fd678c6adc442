package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.notification.NotificationServiceTest.FakeTransport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same notification asked for twice sends one e-mail, on the real schema (Flyway's tables, the unique key on
 * {@code idempotency_key}) in H2: each send runs in its own transaction, as two runs of the same Camunda job would.
 */
@DataJpaTest
@TestPropertySource(locations = "classpath:test-application.properties")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationIdempotencyDatabaseTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

  @Autowired NotificationRepository repository;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  private final FakeTransport transport = new FakeTransport();
  private NotificationService service;
  private TransactionTemplate inTransaction;

  private final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

  @BeforeEach
  void setUp() {
    service = new NotificationService(repository, new MailTemplates(),
        new MailComposer(new NotificationProperties(null, null, null)), transport, Clock.fixed(NOW, ZoneOffset.UTC),
        new NotificationMetrics(meters), new MailHandovers(jdbc, transactions));
    inTransaction = new TransactionTemplate(transactions);
  }

  @AfterEach
  void empty() {
    repository.deleteAll();
    jdbc.update("delete from notification_handover");
  }

  private static MailMessage assignment(String key) {
    return new MailMessage(key, null, "assignment", "jane@example.org", "Jane Okafor", MailFixtures.assignmentModel(),
        List.of());
  }

  private boolean sendInItsOwnTransaction(MailMessage mail) {
    return inTransaction.execute(status -> service.send(mail));
  }

  @Test
  void theSameRequestTwiceSendsOnceAndKeepsOneRow() {
    assertThat(sendInItsOwnTransaction(assignment("assignment:action-42:jane"))).isTrue();
    assertThat(sendInItsOwnTransaction(assignment("assignment:action-42:jane"))).isFalse();

    assertThat(transport.sent).hasSize(1);
    assertThat(repository.findAll()).singleElement().satisfies(row -> {
      assertThat(row.getIdempotencyKey()).isEqualTo("assignment:action-42:jane");
      assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT);
      assertThat(row.getAttempts()).isEqualTo(1);
    });
  }

  @Test
  void anotherKeyIsAnotherEmail() {
    sendInItsOwnTransaction(assignment("assignment:action-42:jane"));
    sendInItsOwnTransaction(assignment("assignment:action-43:jane"));

    assertThat(transport.sent).hasSize(2);
    assertThat(repository.count()).isEqualTo(2);
  }

  @Test
  void aFailedSendLeavesNoRowAndTheRetrySendsOnce() {
    transport.failure = new jakarta.mail.MessagingException("connection refused");
    assertThatThrownBy(() -> sendInItsOwnTransaction(assignment("assignment:action-42:jane")))
        .isInstanceOf(NotificationSendException.class);
    assertThat(repository.count()).as("rolled back").isZero();

    transport.failure = null;
    assertThat(sendInItsOwnTransaction(assignment("assignment:action-42:jane"))).isTrue();
    assertThat(sendInItsOwnTransaction(assignment("assignment:action-42:jane"))).isFalse();
    assertThat(transport.sent).hasSize(1);
  }

  /**
   * A node killed after the mail server accepted the message but before its job committed: the job's transaction is
   * gone, the handover committed on its own is not, and the retry on another node sends nothing.
   */
  @Test
  void aSendWhoseJobDiesAfterTheServerAcceptedItIsNotRepeatedByTheRetry() {
    assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
      assertThat(service.send(assignment("reminder:action-42:jane"))).isTrue();
      throw new IllegalStateException("the node dies before the job commits");
    })).hasMessageContaining("dies");
    assertThat(repository.count()).as("the job's work rolled back").isZero();

    assertThat(sendInItsOwnTransaction(assignment("reminder:action-42:jane"))).isFalse();

    assertThat(transport.sent).hasSize(1);
    assertThat(repository.findAll()).singleElement()
        .satisfies(row -> assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT));
  }

  /** What stops two nodes sending at once: the second insert of a key fails before its mail would leave. */
  @Test
  void theDatabaseRefusesASecondRowForAKey() {
    sendInItsOwnTransaction(assignment("assignment:action-42:jane"));
    assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> repository.saveAndFlush(new Notification(
        "assignment:action-42:jane", null, "assignment", "jane@example.org", "subject", NOW))))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(transport.sent).hasSize(1);
  }
}
