package org.reviewactions.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notification e-mails at most once per idempotency key and records each one as a {@link Notification}.
 *
 * <p>How a send goes, all in the caller's transaction (normally the Camunda job that decided to notify):
 *
 * <ol>
 *   <li>A notification with the same key that is already {@link NotificationStatus#SENT}: nothing is sent, {@link
 *       #send} returns {@code false}. This is what makes a retried job or a second cluster node harmless.
 *   <li>Otherwise the row is inserted as {@link NotificationStatus#PENDING} and flushed at once, so a concurrent send
 *       of the same key fails on the unique constraint before any mail leaves (that job then retries, finds the row
 *       {@code SENT} and sends nothing).
 *   <li>If an earlier attempt's {@linkplain MailHandovers handover} is recorded (the server accepted the message, then
 *       that attempt died before its commit: a node killed, the database gone), nothing is sent: the row is marked
 *       sent and {@link #send} returns {@code false}.
 *   <li>The message is rendered, composed and handed to the {@link MailTransport}; the moment the server accepts it,
 *       the handover is committed in a transaction of its own; the row is marked sent.
 *   <li>If delivery fails a {@link NotificationSendException} is thrown: the transaction rolls back, the row is gone
 *       and the job engine retries later. A failed send is retried, never lost and never recorded as sent.
 * </ol>
 *
 * <p>The one gap left is between the server's acceptance and the handover's commit (SMTP cannot tell a retrying
 * client whether a message handed over before a crash arrived): a crash exactly there sends the mail again on retry
 * (at least once, never silently dropped). The stable Message-ID lets mail clients spot such a duplicate.
 */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
  private static final int MAX_KEY_LENGTH = 400;
  private static final int MAX_RECIPIENT_LENGTH = 300;

  private final NotificationRepository repository;
  private final MailTemplates templates;
  private final MailComposer composer;
  private final MailTransport transport;
  private final Clock clock;
  private final NotificationMetrics metrics;
  private final MailHandovers handovers;

  NotificationService(
      NotificationRepository repository,
      MailTemplates templates,
      MailComposer composer,
      MailTransport transport,
      Clock clock,
      NotificationMetrics metrics,
      MailHandovers handovers) {
    this.metrics = metrics;
    this.handovers = handovers;
    this.repository = repository;
    this.templates = templates;
    this.composer = composer;
    this.transport = transport;
    this.clock = clock;
  }

  /**
   * Sends {@code mail} unless a message with its idempotency key was already sent.
   *
   * @return {@code true} if the message was sent now, {@code false} if it had been sent before (nothing is sent)
   * @throws IllegalArgumentException when the key, kind or recipient is missing or malformed (the message names the
   *     kind and the action), or when there are no templates for the kind
   * @throws NotificationSendException when the transport could not deliver; nothing is recorded as sent and the
   *     surrounding transaction should roll back so that the send is retried
   * @throws org.springframework.dao.DataIntegrityViolationException when another transaction is sending the same key
   *     at this moment; a retry then returns {@code false}
   */
  @Transactional
  public boolean send(MailMessage mail) {
    Objects.requireNonNull(mail, "mail");
    validate(mail);
    Optional<Notification> existing = repository.findByIdempotencyKey(mail.idempotencyKey());
    if (existing.isPresent() && existing.get().getStatus() == NotificationStatus.SENT) {
      log.debug("Not sending {} for action {} again: {} was sent at {}", mail.kind(), mail.actionId(),
          mail.idempotencyKey(), existing.get().getSentAt());
      return false;
    }

    MailTemplates.RenderedMail rendered = templates.render(mail.kind(), mail.model());
    String recipient = MailComposer.recipient(mail).getAddress();
    Notification notification = existing.orElseGet(() -> repository.saveAndFlush(new Notification(
        mail.idempotencyKey(), mail.actionId(), mail.kind(), recipient, rendered.subject(), clock.instant())));
    // Checked once the row above holds the key, so a concurrent send of it has finished, one way or the other.
    if (handovers.handedOver(mail.idempotencyKey())) {
      notification.markSent(clock.instant());
      repository.save(notification);
      log.warn("Not sending {} for action {} again: the mail server accepted {} from an attempt that did not complete",
          mail.kind(), mail.actionId(), mail.idempotencyKey());
      return false;
    }

    try {
      MimeMessage message = composer.compose(mail, rendered, clock.instant());
      transport.send(message);
    } catch (MessagingException | IOException | RuntimeException e) {
      metrics.failed(mail.kind());
      throw new NotificationSendException("Could not send the " + mail.kind() + " e-mail to " + recipient
          + " (action " + mail.actionId() + ", key " + mail.idempotencyKey() + "): " + e.getMessage(), e);
    }
    recordHandover(mail);

    notification.markSent(clock.instant());
    repository.save(notification);
    metrics.sent(mail.kind());
    log.info("Sent {} e-mail for action {} ({})", mail.kind(), mail.actionId(), mail.idempotencyKey());
    return true;
  }

  /**
   * The mail is gone: failing the job now would only send it again, so a handover that cannot be recorded is logged
   * and the job's own commit records the send as before.
   */
  private void recordHandover(MailMessage mail) {
    try {
      handovers.record(mail.idempotencyKey(), clock.instant());
    } catch (RuntimeException e) {
      log.warn("Sent {} ({}) but could not record its handover: {}", mail.kind(), mail.idempotencyKey(), e.toString());
    }
  }

  /** The notifications recorded for an action, oldest first. */
  @Transactional(readOnly = true)
  public List<Notification> forAction(Long actionId) {
    return repository.findByActionIdOrderByCreatedAt(actionId);
  }

  private static void validate(MailMessage mail) {
    String key = mail.idempotencyKey();
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "The " + mail.kind() + " e-mail about action " + mail.actionId() + " has no idempotency key");
    }
    if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("Idempotency key of the " + mail.kind() + " e-mail about action "
          + mail.actionId() + " must be at most " + MAX_KEY_LENGTH + " characters without control characters: " + key);
    }
    if (!MailTemplates.isValidKind(mail.kind())) {
      throw new IllegalArgumentException("Mail kind '" + mail.kind() + "' for action " + mail.actionId()
          + " is not a template name (lower-case letters, digits and '-', at most 40)");
    }
    String address = MailComposer.recipient(mail).getAddress();
    if (address.length() > MAX_RECIPIENT_LENGTH) {
      throw new IllegalArgumentException("Recipient address of the " + mail.kind() + " e-mail about action "
          + mail.actionId() + " is longer than " + MAX_RECIPIENT_LENGTH + " characters");
    }
  }
}
