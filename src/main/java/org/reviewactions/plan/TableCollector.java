package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;

/**
 * Keeps the rows of a table as a reader produces them and stops the reading as soon as the file goes
 * past the import's limits, so an oversized sheet costs no more than the limits themselves.
 */
final class TableCollector {

  private final ImportLimits limits;
  private final List<RawTable.RawRow> rows = new ArrayList<>();
  private final List<RawTable.UnreadCell> unread = new ArrayList<>();
  private int filledRows;
  private boolean rowHasUnreadCell;

  TableCollector(ImportLimits limits) {
    this.limits = limits;
  }

  /** Checks one cell against the column and length limits; {@code row} and {@code column} count from 1. */
  void cell(int row, int column, String value) throws LimitReached {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (column > limits.maxColumns() && !value.isBlank()) {
      throw new LimitReached(new ImportError(row, null, "Cell " + ref(row, column) + " is in column " + column
          + "; a plan is read up to column " + limits.maxColumns() + " (" + letters(limits.maxColumns())
          + ") and no further (rat.import.max-columns). Remove or move what lies beyond it."));
    }
    if (value.length() > limits.maxCellLength()) {
      throw new LimitReached(new ImportError(row, null, "Cell " + ref(row, column) + " holds " + number(value.length())
          + " characters; a cell may hold at most " + number(limits.maxCellLength()) + " (rat.import.max-cell-length)."));
    }
  }

  /** Adds a finished row; blank rows are only spacing and are neither kept nor counted. */
  void row(int number, List<String> cells) throws LimitReached {
    boolean unread = rowHasUnreadCell;
    rowHasUnreadCell = false;
    if (!unread && cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    if (++filledRows > limits.maxRows()) {
      throw new LimitReached(ImportError.ofFile("The plan has more than " + number(limits.maxRows())
          + " rows with text, the most an import reads (rat.import.max-rows); reading stopped at row "
          + number(number) + ". Check that the file holds only the plan (a review's plan has tens to a few hundred"
          + " rows), or ask an administrator to raise the limit."));
    }
    rows.add(new RawTable.RawRow(number, List.copyOf(cells)));
  }

  /**
   * A cell whose value cannot be read, reported only if it lies in a column the plan uses. It counts
   * towards the limits like a cell with text, so that a sheet of such cells cannot grow this list unbounded.
   */
  void unreadable(int row, int column, String why) throws LimitReached {
    cell(row, column, "?");
    rowHasUnreadCell = true;
    unread.add(new RawTable.UnreadCell(row, column - 1, "Cell " + ref(row, column) + " " + why));
  }

  RawTable table(ImportError error) {
    return new RawTable(rows, error, unread);
  }

  static String ref(int row, int column) {
    return letters(column) + row;
  }

  private static String letters(int column) {
    return CellReference.convertNumToColString(column - 1);
  }

  static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /** Reading stopped at a limit; the error says which. */
  static final class LimitReached extends Exception {
    private final transient ImportError error;

    LimitReached(ImportError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }

    ImportError error() {
      return error;
    }
  }
}
