package org.reviewactions.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The decoded parts of a received e-mail, for assertions. */
public record MailParts(String text, String html, List<String> attachmentNames, List<String> attachmentTexts) {

  public static MailParts of(Part message) throws Exception {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    walk(message, text, html, names, texts);
    return new MailParts(text.toString(), html.toString(), names, texts);
  }

  private static void walk(Part part, StringBuilder text, StringBuilder html, List<String> names, List<String> texts)
      throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child, text, html, names, texts);
      }
    } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      names.add(part.getFileName());
      try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        in.transferTo(out);
        texts.add(out.toString(StandardCharsets.UTF_8));
      }
    } else if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    }
  }
}
