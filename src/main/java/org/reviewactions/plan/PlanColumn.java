package org.reviewactions.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of an uploaded action plan that the tracker understands.
 *
 * <p>Boards head their columns in many ways ("Rec No.", "Lead officer", "PROGRESS AS AT 1.7.06"), so a
 * column is recognised by {@link #forHeader(String)} from a list of aliases rather than by one exact name.
 */
public enum PlanColumn {
  REC_NUMBER("Rec No", Set.of("rec no", "no", "recommendation number", "recommendation no", "rec number", "rec", "ref")),
  RECOMMENDATION("Recommendation", Set.of("recommendation", "recommendations")),
  ACTION("Action", Set.of("action", "actions")),
  TIMESCALE("Timescale", Set.of("timescale", "timescales", "timetable", "target date")),
  RESPONSIBLE("Responsible", Set.of("responsible", "responsible officer", "responsible person", "lead officer", "lead")),
  AGENCY("Agency", Set.of("agency", "lead agency")),
  INTENDED_OUTCOME("Intended outcome", Set.of("intended outcome", "intended outcomes", "projected outcome", "outcome")),
  // "Progress" headers usually carry the date of the update ("PROGRESS AS AT 1.7.06"), so any header
  // starting with "progress" counts; see forHeader.
  PROGRESS("Progress", Set.of("progress")),
  STATUS("Status", Set.of("status", "rag", "rag status"));

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+$");

  private final String label;
  private final Set<String> aliases;

  PlanColumn(String label, Set<String> aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  /** A plain name for the column, used in messages when the file itself has no such header. */
  public String label() {
    return label;
  }

  /** The column a header cell names, if it is one we understand. */
  public static Optional<PlanColumn> forHeader(String header) {
    String key = normalise(header);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (PlanColumn column : values()) {
      if (column.aliases.contains(key)) {
        return Optional.of(column);
      }
    }
    if (key.startsWith("progress")) {
      return Optional.of(PROGRESS);
    }
    return Optional.empty();
  }

  /**
   * Lower case, whitespace collapsed, full stops dropped ("Rec. No." and "Rec No" are the same heading)
   * and trailing punctuation ignored ("Timescale:").
   */
  static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String s = WHITESPACE.matcher(header).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    s = s.replace(".", "");
    s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }
}
