package org.reviewactions.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded action plan as read from the file, before any interpretation: the data rows under the
 * header row, the header text of each recognised column, and the problems found.
 *
 * <p>When {@code errors} is not empty the rows may be incomplete and must not be imported.
 *
 * @param rows the non-blank data rows below the header row, in file order
 * @param headers the header text of each recognised column, as written in the file
 * @param errors problems with the file, empty when it could be read
 * @param readings every heading of the header row with the column it was read as, for the plan manager to correct
 * @param notes how headings that could each have been one column were decided
 */
public record PlanSheet(List<PlanRow> rows, Map<PlanColumn, String> headers, List<ImportError> errors,
    List<ImportResult.ColumnReading> readings, List<String> notes) {

  // "PROGRESS AS AT 1.7.06", "Progress as of 30 June 2006:", "Progress update at 1/7/06", "Progress (July 2006)"
  private static final Pattern PROGRESS_DATE = Pattern.compile(
      "(?i)^\\s*progress\\b[\\s:,-]*(?:(?:updates?|report|notes?)\\b[\\s:,-]*)?"
          + "(?:(?:as\\s+)?(?:at|of|on)\\b)?\\s*[(]?\\s*(.*?)\\s*[)]?[\\s.:]*$");

  public PlanSheet {
    rows = List.copyOf(rows);
    EnumMap<PlanColumn, String> copy = new EnumMap<>(PlanColumn.class);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
    errors = List.copyOf(errors);
    readings = List.copyOf(readings);
    notes = List.copyOf(notes);
  }

  public PlanSheet(List<PlanRow> rows, Map<PlanColumn, String> headers, List<ImportError> errors) {
    this(rows, headers, errors, List.of(), List.of());
  }

  /** The same sheet with more notes on how it was read (a Word document's, for the preview). */
  PlanSheet withNotes(List<String> more) {
    java.util.List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new PlanSheet(rows, headers, errors, readings, all);
  }

  /** A sheet that could not be read at all. */
  public static PlanSheet failed(List<ImportError> errors) {
    return new PlanSheet(List.of(), Map.of(), errors);
  }

  /** The header text of a column as the file writes it, if the file has the column. */
  public Optional<String> header(PlanColumn column) {
    return Optional.ofNullable(headers.get(column));
  }

  /** Whether the file has the column at all (an empty column still counts). */
  public boolean hasColumn(PlanColumn column) {
    return headers.containsKey(column);
  }

  /**
   * The date the progress column was written at, as the board wrote it ("1.7.06" from
   * "PROGRESS AS AT 1.7.06"), so that imported progress can be dated. Empty when the progress header
   * carries no date or there is no progress column.
   */
  public Optional<String> progressAsAt() {
    String header = headers.get(PlanColumn.PROGRESS);
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = PROGRESS_DATE.matcher(header.replace('\u00A0', ' '));
    if (!m.matches() || m.group(1).isBlank()) {
      return Optional.empty();
    }
    String date = m.group(1).strip();
    // Only a date-like remainder is a date: "Progress update" or "Progress notes" carry none.
    return date.matches(".*\\d.*") ? Optional.of(date) : Optional.empty();
  }
}
