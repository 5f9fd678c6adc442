package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataIntegrityViolationException;

class NotificationServiceTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  private static final String KEY = "assignment:action-42:jane";

  /** Records what it is given, or fails when told to. */
  static final class FakeTransport implements MailTransport {
    final List<MimeMessage> sent = new ArrayList<>();
    Exception failure;

    @Override
    public void send(MimeMessage message) throws MessagingException, IOException {
      if (failure instanceof MessagingException e) {
        throw e;
      }
      if (failure instanceof IOException e) {
        throw e;
      }
      sent.add(message);
    }
  }

  private final NotificationRepository repository = mock(NotificationRepository.class);
  private final FakeTransport transport = new FakeTransport();
  private final MailHandovers handovers = mock(MailHandovers.class);
  private NotificationService service;

  private final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

  @BeforeEach
  void setUp() {
    service = new NotificationService(repository, new MailTemplates(),
        new MailComposer(new NotificationProperties(null, null, null)), transport, Clock.fixed(NOW, ZoneOffset.UTC),
        new NotificationMetrics(meters), handovers);
    when(repository.findByIdempotencyKey(any())).thenReturn(Optional.empty());
    when(repository.saveAndFlush(any())).thenAnswer(invocation -> invocation.getArgument(0));
    when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
  }

  private static MailMessage assignment(String to) {
    return new MailMessage(KEY, 42L, "assignment", to, "Jane Okafor", MailFixtures.assignmentModel(), List.of());
  }

  private static Notification sentRow() {
    Notification row = new Notification(KEY, 42L, "assignment", "jane@example.org", "subject", NOW.minusSeconds(60));
    row.markSent(NOW.minusSeconds(59));
    return row;
  }

  @Test
  void firstSendRecordsTheNotificationSendsOnceAndMarksItSent() throws Exception {
    assertThat(service.send(assignment("jane@example.org"))).isTrue();

    assertThat(transport.sent).hasSize(1);
    assertThat(transport.sent.get(0).getSubject())
        .isEqualTo("[SCR Baby A] Action assigned to you: Audit health visitor records for completeness and report to…");
    ArgumentCaptor<Notification> inserted = ArgumentCaptor.forClass(Notification.class);
    verify(repository).saveAndFlush(inserted.capture());
    Notification row = inserted.getValue();
    assertThat(row.getIdempotencyKey()).isEqualTo(KEY);
    assertThat(row.getActionId()).isEqualTo(42L);
    assertThat(row.getKind()).isEqualTo("assignment");
    assertThat(row.getRecipient()).isEqualTo("jane@example.org");
    assertThat(row.getSubject()).isEqualTo("[SCR Baby A] Action assigned to you: Audit health visitor records for completeness and report to…");
    assertThat(row.getCreatedAt()).isEqualTo(NOW);
    assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(row.getSentAt()).isEqualTo(NOW);
    assertThat(row.getAttempts()).isEqualTo(1);
    verify(repository).save(row);
  }

  @Test
  void theHandoverIsRecordedTheMomentTheServerAcceptsTheMessage() {
    assertThat(service.send(assignment("jane@example.org"))).isTrue();

    verify(handovers).record(KEY, NOW);
    transport.failure = new MessagingException("Connection refused");
    assertThatThrownBy(() -> service.send(assignment("jane@example.org"))).isInstanceOf(NotificationSendException.class);
    verify(handovers, times(1)).record(any(), any());
  }

  @Test
  void aMessageTheServerAcceptedFromAnAttemptThatDiedIsNotSentAgainButRecordedSent() {
    when(handovers.handedOver(KEY)).thenReturn(true);

    assertThat(service.send(assignment("jane@example.org"))).isFalse();

    assertThat(transport.sent).isEmpty();
    ArgumentCaptor<Notification> saved = ArgumentCaptor.forClass(Notification.class);
    verify(repository).save(saved.capture());
    assertThat(saved.getValue().getStatus()).isEqualTo(NotificationStatus.SENT);
    verify(handovers, never()).record(any(), any());
  }

  @Test
  void aHandoverThatCannotBeRecordedDoesNotFailTheSendWhoseMailIsGone() {
    org.mockito.Mockito.doThrow(new org.springframework.dao.QueryTimeoutException("pool exhausted"))
        .when(handovers).record(any(), any());

    assertThat(service.send(assignment("jane@example.org"))).isTrue();

    assertThat(transport.sent).hasSize(1);
  }

  @Test
  void sendsAndFailuresAreCountedByKindAndARepeatIsNot() {
    when(repository.findByIdempotencyKey(KEY)).thenReturn(Optional.empty());
    service.send(assignment("jane@example.org"));
    transport.failure = new MessagingException("Connection refused");
    assertThatThrownBy(() -> service.send(assignment("jane@example.org"))).isInstanceOf(NotificationSendException.class);
    when(repository.findByIdempotencyKey(KEY)).thenReturn(Optional.of(sentRow()));
    service.send(assignment("jane@example.org"));

    assertThat(meters.get(NotificationMetrics.SENT).tag("kind", "assignment").counter().count()).isEqualTo(1.0);
    assertThat(meters.get(NotificationMetrics.FAILED).tag("kind", "assignment").counter().count()).isEqualTo(1.0);
  }

  @Test
  void aKeyAlreadySentSendsNothing() {
    when(repository.findByIdempotencyKey(KEY)).thenReturn(Optional.of(sentRow()));

    assertThat(service.send(assignment("jane@example.org"))).isFalse();

    assertThat(transport.sent).isEmpty();
    verify(repository, never()).saveAndFlush(any());
    verify(repository, never()).save(any());
  }

  @Test
  void aFailedSendThrowsNamingRecipientAndKindAndMarksNothingSent() {
    transport.failure = new MessagingException("Connection refused");

    assertThatThrownBy(() -> service.send(assignment("jane@example.org")))
        .isInstanceOf(NotificationSendException.class)
        .hasMessageContaining("jane@example.org")
        .hasMessageContaining("assignment")
        .hasMessageContaining("Connection refused")
        .hasCauseInstanceOf(MessagingException.class);

    ArgumentCaptor<Notification> inserted = ArgumentCaptor.forClass(Notification.class);
    verify(repository).saveAndFlush(inserted.capture());
    assertThat(inserted.getValue().getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(inserted.getValue().getSentAt()).isNull();
    verify(repository, never()).save(any());
    assertThat(transport.sent).isEmpty();
  }

  @Test
  void aPendingRowLeftBehindIsReusedAndSent() {
    Notification pending = new Notification(KEY, 42L, "assignment", "jane@example.org", "s", NOW.minusSeconds(3600));
    when(repository.findByIdempotencyKey(KEY)).thenReturn(Optional.of(pending));

    assertThat(service.send(assignment("jane@example.org"))).isTrue();

    assertThat(transport.sent).hasSize(1);
    verify(repository, never()).saveAndFlush(any());
    assertThat(pending.getStatus()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void aConcurrentDuplicateFailsBeforeAnythingIsSent() {
    when(repository.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("uk_notification_key"));

    assertThatThrownBy(() -> service.send(assignment("jane@example.org")))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(transport.sent).isEmpty();
  }

  @Test
  void aMissingRecipientIsRefusedNamingKindAndAction() {
    for (String to : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> service.send(assignment(to)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("assignment")
          .hasMessageContaining("action 42");
    }
    assertThatThrownBy(() -> service.send(assignment("not-an-address")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-an-address")
        .hasMessageContaining("action 42");
    verify(repository, never()).saveAndFlush(any());
    assertThat(transport.sent).isEmpty();
  }

  @Test
  void aMissingKeyOrUnknownKindIsRefused() {
    assertThatThrownBy(() -> service.send(new MailMessage(" ", 42L, "assignment", "jane@example.org", null, null,
        null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotency key");
    assertThatThrownBy(() -> service.send(new MailMessage("k", 42L, "reminder-typo", "jane@example.org", null, null,
        null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reminder-typo");
    verify(repository, never()).saveAndFlush(any());
  }

  @Test
  void forActionListsTheRecordedNotifications() {
    Notification row = sentRow();
    when(repository.findByActionIdOrderByCreatedAt(42L)).thenReturn(List.of(row));

    assertThat(service.forAction(42L)).containsExactly(row);
  }
}
