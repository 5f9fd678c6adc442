package org.reviewactions.notification;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file attached to a notification e-mail.
 *
 * @param fileName the name the recipient sees; path separators and control characters are replaced
 * @param contentType the MIME type, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param content the bytes
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  /** The content type of an iCalendar invitation made by {@link IcsCalendar}. */
  public static final String CALENDAR_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  public MailAttachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("A mail attachment needs a file name");
    }
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("Mail attachment '" + fileName + "' needs a content type");
    }
    if (content == null) {
      throw new IllegalArgumentException("Mail attachment '" + fileName + "' has no content");
    }
    fileName = fileName.replaceAll("[\\p{Cc}/\\\\]+", "_").strip();
    contentType = contentType.replaceAll("\\p{Cc}+", " ").strip();
    content = content.clone();
  }

  /** An iCalendar attachment, e.g. the bytes from {@link IcsCalendar#dueDate}. */
  public static MailAttachment calendar(String fileName, byte[] ics) {
    return new MailAttachment(fileName, CALENDAR_CONTENT_TYPE, ics);
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailAttachment a
        && fileName.equals(a.fileName)
        && contentType.equals(a.contentType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
