package org.reviewactions.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes each message as {@code <outboxDir>/<yyyyMMdd-HHmmss>-<kind>-<key>.eml} instead of sending it: the demo and
 * development transport. The file appears complete or not at all; a name already taken gets a {@code -2}, {@code -3}
 * ... suffix.
 */
class OutboxMailTransport implements MailTransport {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final int MAX_KEY_CHARS = 100;

  private final Path outboxDir;
  private final Clock clock;

  OutboxMailTransport(Path outboxDir, Clock clock) {
    this.outboxDir = Objects.requireNonNull(outboxDir, "outboxDir");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void send(MimeMessage message) throws MessagingException, IOException {
    Files.createDirectories(outboxDir);
    String kind = sanitise(header(message, MailComposer.KIND_HEADER, "mail"));
    String key = sanitise(header(message, MailComposer.IDEMPOTENCY_HEADER, "message"));
    if (key.length() > MAX_KEY_CHARS) {
      key = key.substring(0, MAX_KEY_CHARS);
    }
    String base = STAMP.format(LocalDateTime.now(clock)) + "-" + kind + "-" + key;

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    message.writeTo(bytes);
    Path partial = Files.createTempFile(outboxDir, ".sending-", ".tmp");
    try {
      Files.write(partial, bytes.toByteArray());
      for (int n = 1; ; n++) {
        Path target = outboxDir.resolve(base + (n == 1 ? "" : "-" + n) + ".eml");
        try {
          Files.move(partial, target);
          return;
        } catch (FileAlreadyExistsException taken) {
          // try the next suffix
        }
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** The folder the files go to. */
  Path outboxDir() {
    return outboxDir;
  }

  private static String header(MimeMessage message, String name, String fallback)
      throws MessagingException, UnsupportedEncodingException {
    String value = message.getHeader(name, null);
    return value == null || value.isBlank() ? fallback : MimeUtility.decodeText(MimeUtility.unfold(value));
  }

  private static String sanitise(String text) {
    String safe = text.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
    return safe.isEmpty() ? "x" : safe;
  }
}
