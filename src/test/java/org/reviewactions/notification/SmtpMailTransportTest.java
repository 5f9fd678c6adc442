package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The real path to a real SMTP server: templates, composer and the SMTP transport against GreenMail. */
class SmtpMailTransportTest {

  // A free port rather than the fixed 3025, as other builds may run GreenMail on this machine at the same time.
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final MailTemplates templates = new MailTemplates();
  private final MailComposer composer = new MailComposer(new NotificationProperties(null, null, null));

  private static JavaMailSenderImpl senderTo(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    return sender;
  }

  private MimeMessage assignmentWithCalendar() throws Exception {
    byte[] ics = IcsCalendar.dueDate("action-42-due@review-actions.example.org",
        "Action due: Audit health visitor records", "SCR Baby A, recommendation 3.3.9 ii",
        LocalDate.of(2027, 3, 12), MailFixtures.TASK_LINK, java.time.Instant.parse("2027-02-01T09:00:00Z"));
    MailMessage mail = new MailMessage("assignment:action-42:jane", 42L, "assignment", "jane.okafor@example.org",
        "Jane Okafor", MailFixtures.assignmentModel(), List.of(MailAttachment.calendar("action-42-due.ics", ics)));
    return composer.compose(mail, templates.render(mail.kind(), mail.model()), Instant.parse("2027-03-01T09:00:00Z"));
  }

  @Test
  void deliversBothAlternativesTheLinkAndTheCalendarEntry() throws Exception {
    new SmtpMailTransport(senderTo(greenMail.getSmtp().getPort())).send(assignmentWithCalendar());

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    InternetAddress to = (InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0];
    assertThat(to.getAddress()).isEqualTo("jane.okafor@example.org");
    assertThat(to.getPersonal()).isEqualTo("Jane Okafor");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@review-actions.example.org");
    assertThat(mail.getSubject()).isEqualTo("[SCR Baby A] Action assigned to you: Audit health visitor records for completeness and report to…");
    assertThat(mail.getHeader(MailComposer.IDEMPOTENCY_HEADER, null)).isEqualTo("assignment:action-42:jane");
    assertThat(mail.getMessageID()).isEqualTo(composer.messageId("assignment:action-42:jane"));

    List<Part> leaves = new ArrayList<>();
    collectLeaves(mail, leaves);
    Part plain = single(leaves, "text/plain");
    Part html = single(leaves, "text/html");
    Part calendar = single(leaves, "text/calendar");

    assertThat((String) plain.getContent())
        .contains("Dear Jane Okafor,", "Audit health visitor records for completeness", "Friday 12 March 2027")
        .contains("Open the task in Tasklist:\r\n" + MailFixtures.TASK_LINK);
    assertThat((String) html.getContent())
        .contains("<a href=\"" + MailFixtures.TASK_LINK + "\"")
        .contains(">Open the task in Tasklist</a>");
    assertThat(calendar.getFileName()).isEqualTo("action-42-due.ics");
    assertThat(calendar.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
    String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20270312", "UID:action-42-due@review-actions");

    MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
  }

  @Test
  void unreachableServerIsAnError() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SmtpMailTransport transport = new SmtpMailTransport(senderTo(closedPort));
    MimeMessage message = assignmentWithCalendar();

    assertThatThrownBy(() -> transport.send(message)).isInstanceOf(MailException.class);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  private static void collectLeaves(Part part, List<Part> leaves) throws Exception {
    if (part.isMimeType("multipart/*")) {
      MimeMultipart multipart = (MimeMultipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collectLeaves(multipart.getBodyPart(i), leaves);
      }
    } else {
      leaves.add(part);
    }
  }

  private static Part single(List<Part> leaves, String mimeType) throws Exception {
    List<Part> matches = new ArrayList<>();
    for (Part leaf : leaves) {
      if (leaf.isMimeType(mimeType)) {
        matches.add(leaf);
      }
    }
    assertThat(matches).as(mimeType + " parts").hasSize(1);
    return matches.get(0);
  }
}
