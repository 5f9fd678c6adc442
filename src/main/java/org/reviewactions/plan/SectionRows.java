package org.reviewactions.plan;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the rows that head a part of a plan ("Section B: Police", "Single agency
 * recommendations"): text in one cell only, with no action, no one responsible and no date. Such a row
 * labels the rows below it and is never a recommendation.
 *
 * <p>A short text alone in the recommendation column may also be a recommendation whose actions the
 * board has not yet written, so there the text must read as a heading: merged across the row in a
 * workbook, or worded as one ("Section B: Police", "PART 2", "Overview recommendations", "Health:").
 */
final class SectionRows {

  /** A heading is a short line; a text merged across the row may be a sentence or two of introduction. */
  static final int MAX_LENGTH = 100;
  static final int MAX_MERGED_LENGTH = 300;

  private static final Pattern HAS_WORD = Pattern.compile("\\p{L}{3,}");
  private static final Pattern WORDED_AS_HEADING = Pattern.compile("(?i)^(?:section|part|theme|area|strand|priority"
      + "|chapter|workstream|work stream)\\b.*|^\\p{Lu}\\s*[:.)–-]\\s.*|.*:$|.*\\brecommendations$");
  private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}\\p{N}\\s&/'’(),.:–-]+");
  // "LSCB 1", "3.3.9 ii", "Rec 4": a recommendation number standing alone, not a heading.
  private static final Pattern ENDS_AS_NUMBER = Pattern.compile("(?i).*(?:\\d|\\b[ivx]{1,4})[.)]*$");

  private SectionRows() {}

  /** The row's label, when the row is a section heading. */
  static Optional<String> label(RawTable.RawRow row, Map<PlanColumn, Integer> columnIndex, boolean mergedAcross) {
    int filled = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      if (!row.cell(i).isBlank()) {
        if (filled >= 0) {
          return Optional.empty();
        }
        filled = i;
      }
    }
    if (filled < 0) {
      return Optional.empty();
    }
    String text = row.cell(filled).strip();
    if (!HAS_WORD.matcher(text).find() || text.length() > (mergedAcross ? MAX_MERGED_LENGTH : MAX_LENGTH)
        || (!mergedAcross && text.contains("\n"))) {
      return Optional.empty();
    }
    int column = filled;
    PlanColumn in = columnIndex.entrySet().stream().filter(e -> e.getValue() == column)
        .map(Map.Entry::getKey).findFirst().orElse(null);
    if (in == PlanColumn.REC_NUMBER && ENDS_AS_NUMBER.matcher(text).matches()) {
      return Optional.empty();
    }
    boolean headingLike = mergedAcross || WORDED_AS_HEADING.matcher(text).matches() || CAPITALS.matcher(text).matches();
    if (in == null || in == PlanColumn.REC_NUMBER) {
      // A cell of its own in the first or an unread column: where a heading written across the table starts.
      return column == 0 || headingLike ? Optional.of(text) : Optional.empty();
    }
    return in == PlanColumn.RECOMMENDATION && headingLike ? Optional.of(text) : Optional.empty();
  }
}
