package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailComposerTest {

  private final MailComposer composer = new MailComposer(new NotificationProperties(null, null, null));
  private final MailTemplates.RenderedMail rendered =
      new MailTemplates.RenderedMail("[SCR Baby A] Action assigned to you: Audit", "plain body", "<p>html body</p>");

  private static MailMessage message(String key, String to, String toName) {
    return new MailMessage(key, 42L, "assignment", to, toName, Map.of(), List.of());
  }

  @Test
  void headersAreSetAndMessageIdFollowsTheKey() throws Exception {
    MimeMessage first = composer.compose(message("assignment:42:jane", "jane@example.org", "Jane Okafor"), rendered,
        Instant.parse("2027-03-01T09:00:00Z"));
    MimeMessage again = composer.compose(message("assignment:42:jane", "jane@example.org", "Jane Okafor"), rendered,
        Instant.parse("2027-03-02T09:00:00Z"));
    MimeMessage other = composer.compose(message("assignment:43:jane", "jane@example.org", "Jane Okafor"), rendered,
        Instant.parse("2027-03-01T09:00:00Z"));

    assertThat(((InternetAddress) first.getFrom()[0]).getAddress()).isEqualTo("no-reply@review-actions.example.org");
    assertThat(((InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Review Action Tracker");
    assertThat(first.getSentDate()).isEqualTo(java.util.Date.from(Instant.parse("2027-03-01T09:00:00Z")));
    assertThat(first.getHeader(MailComposer.IDEMPOTENCY_HEADER, null)).isEqualTo("assignment:42:jane");
    assertThat(first.getHeader(MailComposer.KIND_HEADER, null)).isEqualTo("assignment");
    assertThat(first.getMessageID()).matches("<rat-[0-9a-f]{64}@review-actions\\.example\\.org>")
        .isEqualTo(again.getMessageID())
        .isNotEqualTo(other.getMessageID());

    // saveChanges (as JavaMailSender and writeTo do) keeps the derived Message-ID.
    first.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    first.writeTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).contains("Message-ID: " + again.getMessageID());
  }

  @Test
  void bodyIsAlternativeOfPlainTextThenHtml() throws Exception {
    MimeMessage mime = composer.compose(message("k1", "jane@example.org", null), rendered, Instant.parse("2027-03-01T09:00:00Z"));

    MimeMultipart mixed = (MimeMultipart) mime.getContent();
    assertThat(mixed.getContentType()).startsWith("multipart/mixed");
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
    assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("plain body");
    assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>html body</p>");
  }

  @Test
  void recipientNameCannotInjectHeaders() throws Exception {
    MimeMessage mime = composer.compose(
        message("k2", "jane@example.org", "Jane\r\nBcc: victim@example.org"), rendered, Instant.parse("2027-03-01T09:00:00Z"));

    InternetAddress to = (InternetAddress) mime.getAllRecipients()[0];
    assertThat(mime.getAllRecipients()).hasSize(1);
    assertThat(to.getAddress()).isEqualTo("jane@example.org");
    assertThat(to.getPersonal()).isEqualTo("Jane Bcc: victim@example.org");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mime.writeTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).doesNotContainPattern("(?m)^Bcc:");
  }

  @Test
  void missingOrMalformedRecipientNamesKindAndAction() {
    assertThatThrownBy(() -> MailComposer.recipient(message("k3", " ", "Jane")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assignment")
        .hasMessageContaining("action 42");
    assertThatThrownBy(() -> MailComposer.recipient(message("k3", "jane@example.org, eve@example.org", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action 42");
    assertThatThrownBy(() -> MailComposer.recipient(message("k3", "jane@example.org\r\nBcc: x@y.org", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badFromAddressFailsAtStartWithThePropertyName() {
    assertThatThrownBy(() -> new MailComposer(new NotificationProperties(null, null, "not an address")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rat.mail.from");
  }

  @Test
  void theStreamProviderNamedForJakartaMailIsTheOneItWouldFindOnTheClassPath() {
    // Named so that Jakarta Mail stops scanning the class path for it: a different one would change how messages are
    // written, and a name that no longer exists (Angus Mail renamed) would fail every message.
    new MailComposer(new NotificationProperties(null, null, null));
    assertThat(System.getProperty("jakarta.mail.util.StreamProvider")).isEqualTo(
        java.util.ServiceLoader.load(jakarta.mail.util.StreamProvider.class).findFirst().orElseThrow().getClass().getName());
  }
}
