package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:05Z"), ZoneId.of("Europe/London"));

  @TempDir
  Path tempDir;

  private final MailTemplates templates = new MailTemplates();
  private final MailComposer composer = new MailComposer(new NotificationProperties(null, null, null));

  private MimeMessage message(String key) throws Exception {
    MailMessage mail = new MailMessage(key, 42L, "evidence-rejected", "jane.okafor@example.org", "Jane Okafor",
        MailFixtures.rejectionModel(), List.of());
    return composer.compose(mail, templates.render(mail.kind(), mail.model()), CLOCK.instant());
  }

  private static List<Path> emlFiles(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesOneEmlThatParsesBack() throws Exception {
    Path outbox = tempDir.resolve("outbox/nested");
    new OutboxMailTransport(outbox, CLOCK).send(message("evidence-rejected:action-42/evidence 7"));

    List<Path> files = emlFiles(outbox);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("20270301-090005-evidence-rejected-evidence-rejected_action-42_evidence_7.eml");
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(parsed.getSubject()).isEqualTo("[SCR Baby A] Evidence returned: Audit health visitor records for completeness and report to…");
      assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("Jane Okafor <jane.okafor@example.org>");
      assertThat(parsed.getMessageID()).isEqualTo(composer.messageId("evidence-rejected:action-42/evidence 7"));
    }
  }

  @Test
  void aSecondFileWithTheSameNameDoesNotOverwriteTheFirst() throws Exception {
    OutboxMailTransport transport = new OutboxMailTransport(tempDir, CLOCK);
    transport.send(message("k-1"));
    transport.send(message("k-1"));

    assertThat(emlFiles(tempDir)).extracting(p -> p.getFileName().toString())
        .containsExactly("20270301-090005-evidence-rejected-k-1-2.eml", "20270301-090005-evidence-rejected-k-1.eml");
  }
}
