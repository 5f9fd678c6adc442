package org.reviewactions.action.evidence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Evidence references as Markdown for Camunda Forms' text view. The owner's words are data, never
 * markup: every Markdown and HTML character is escaped, and only a reference that is a plain http(s)
 * address becomes a link (so no javascript: or data: link can be made).
 */
final class EvidenceLinks {

  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`]+");
  private static final String MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>&~\"'=$";

  private EvidenceLinks() {}

  static String markdown(List<String> references, List<EvidenceFile> files, String publicUrl) {
    StringBuilder out = new StringBuilder();
    for (String reference : references) {
      out.append("- ");
      if (WEB_ADDRESS.matcher(reference).matches()) {
        out.append('[').append(escape(reference)).append("](").append(reference).append(')');
      } else {
        out.append(escape(reference));
      }
      out.append('\n');
    }
    for (EvidenceFile file : files) {
      out.append("- [").append(escape(file.getFileName())).append("](").append(publicUrl).append("/evidence-files/")
          .append(file.getId()).append(")\n");
    }
    return out.length() == 0 ? "No references." : out.toString().strip();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
