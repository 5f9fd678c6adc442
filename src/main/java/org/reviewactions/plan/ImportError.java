package org.reviewactions.plan;

/**
 * A problem found while reading or interpreting an uploaded action plan, worded for the person who
 * uploaded it.
 *
 * @param row the spreadsheet row number as the user sees it (1-based, the header row counts), or null
 *     when the problem concerns the whole file
 * @param column the column's header text as written in the file, or null
 * @param message what is wrong and, where possible, how to put it right
 */
public record ImportError(Integer row, String column, String message) {

  /** A problem with the file as a whole. */
  public static ImportError ofFile(String message) {
    return new ImportError(null, null, message);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (row != null) {
      s.append("Row ").append(row);
    }
    if (column != null) {
      s.append(s.isEmpty() ? "" : ", ").append("column \"").append(column).append('"');
    }
    return (s.isEmpty() ? "" : s + ": ") + message;
  }
}
