package org.reviewactions.plan;

import java.util.List;
import java.util.Set;

/**
 * The cells of a CSV file or a worksheet as plain text, before columns are recognised.
 *
 * @param rows the non-blank rows that were read, each with its spreadsheet row number
 * @param error why reading stopped early, or null if the whole file was read
 * @param unread cells whose value could not be read (a formula Excel never calculated)
 * @param mergedAcross the rows (1-based) where a workbook merges cells across two or more columns
 */
record RawTable(List<RawRow> rows, ImportError error, List<UnreadCell> unread, Set<Integer> mergedAcross) {

  RawTable {
    mergedAcross = Set.copyOf(mergedAcross);
  }

  RawTable(List<RawRow> rows, ImportError error) {
    this(rows, error, List.of());
  }

  RawTable(List<RawRow> rows, ImportError error, List<UnreadCell> unread) {
    this(rows, error, unread, Set.of());
  }

  /** One row of cells; {@code number} is 1-based as a spreadsheet shows it. */
  record RawRow(int number, List<String> cells) {

    String cell(int index) {
      return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  /** A cell that has no readable value; {@code column} counts from 0 like {@link RawRow#cell}. */
  record UnreadCell(int row, int column, String message) {}
}
