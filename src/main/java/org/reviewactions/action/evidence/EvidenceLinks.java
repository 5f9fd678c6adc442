package org.reviewactions.action.evidence;

import java.util.List;
import java.util.function.Function;
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

  static String markdown(List<String> references, List<EvidenceFileSummary> files, String publicUrl,
      Function<EvidenceFileSummary, String> details) {
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
    out.append(fileList(files, publicUrl, details));
    return out.length() == 0 ? "No references." : out.toString().strip();
  }

  /**
   * One line per file: its name as a link to download it (with the session, at {@code /evidence-files/{id}} under
   * {@code base}, which may be empty for an address on the same site) and its details, both escaped.
   */
  static String fileList(List<EvidenceFileSummary> files, String base, Function<EvidenceFileSummary, String> details) {
    StringBuilder out = new StringBuilder();
    for (EvidenceFileSummary file : files) {
      out.append("- [").append(escape(file.fileName())).append("](").append(base).append("/evidence-files/")
          .append(file.id()).append(") (").append(escape(details.apply(file))).append(")\n");
    }
    return out.toString();
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
