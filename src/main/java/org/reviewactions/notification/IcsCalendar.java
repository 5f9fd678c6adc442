package org.reviewactions.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Calendar entries (RFC 5545) to attach to e-mails, so that a due date lands in the recipient's calendar.
 */
public final class IcsCalendar {

  static final String PRODID = "-//Review Action Tracker//Action due dates//EN";
  private static final int MAX_LINE_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private IcsCalendar() {}

  /**
   * A VCALENDAR (METHOD:PUBLISH) with one all-day VEVENT on the due date.
   *
   * @param uid a stable, globally unique id, so that a resent entry updates the first (e.g. {@code
   *     action-42-due@review-actions.example.org})
   * @param summary the event title; "Action due" when {@code null}
   * @param description longer text, or {@code null}
   * @param due the day the action is due
   * @param url a link to the task, or {@code null}
   * @param stamp when the entry was made (DTSTAMP, written in UTC)
   * @return UTF-8 bytes with CRLF line ends, lines folded at 75 octets
   */
  public static byte[] dueDate(
      String uid, String summary, String description, LocalDate due, String url, Instant stamp) {
    if (uid == null || uid.isBlank()) {
      throw new IllegalArgumentException("A calendar entry needs a UID");
    }
    if (due == null) {
      throw new IllegalArgumentException("Calendar entry " + uid + " needs a due date");
    }
    if (stamp == null) {
      throw new IllegalArgumentException("Calendar entry " + uid + " needs a DTSTAMP");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:" + PRODID);
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + escape(uid));
    line(out, "DTSTAMP:" + STAMP.format(stamp));
    line(out, "DTSTART;VALUE=DATE:" + DATE.format(due));
    line(out, "DTEND;VALUE=DATE:" + DATE.format(due.plusDays(1)));
    line(out, "SUMMARY:" + escape(summary == null || summary.isBlank() ? "Action due" : summary));
    if (description != null && !description.isBlank()) {
      line(out, "DESCRIPTION:" + escape(description));
    }
    if (url != null && !url.isBlank()) {
      // A URI value is not TEXT: no backslash escaping, but it must stay on one logical line.
      line(out, "URL:" + url.replaceAll("[\\p{Cc}\\s]+", ""));
    }
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toByteArray();
  }

  /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as {@code \n}, other controls dropped. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\r' -> {
          sb.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> sb.append("\\n");
        default -> {
          if (c == '\t') {
            sb.append(' ');
          } else if (!Character.isISOControl(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Writes one content line, folded so that no physical line exceeds 75 octets, never splitting a character. */
  private static void line(ByteArrayOutputStream out, String contentLine) {
    int octets = 0;
    for (int i = 0; i < contentLine.length(); ) {
      int cp = contentLine.codePointAt(i);
      byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      if (octets + bytes.length > MAX_LINE_OCTETS) {
        out.write('\r');
        out.write('\n');
        out.write(' ');
        octets = 1;
      }
      out.writeBytes(bytes);
      octets += bytes.length;
      i += Character.charCount(cp);
    }
    out.write('\r');
    out.write('\n');
  }
}
