package org.reviewactions.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an uploaded plan: the recognised cells by column.
 *
 * @param rowNumber the spreadsheet row number (1-based, header row counts), for error messages
 * @param cells the recognised cells; columns the file does not have are absent
 * @param section the label of a section heading row ("Section B: Police"), which has no cells; null otherwise
 */
public record PlanRow(int rowNumber, Map<PlanColumn, String> cells, String section) {

  public PlanRow(int rowNumber, Map<PlanColumn, String> cells) {
    this(rowNumber, cells, null);
  }

  /** A row that heads a part of the plan. */
  public static PlanRow section(int rowNumber, String label) {
    return new PlanRow(rowNumber, Map.of(), label);
  }

  public boolean isSection() {
    return section != null;
  }

  public PlanRow {
    EnumMap<PlanColumn, String> copy = new EnumMap<>(PlanColumn.class);
    cells.forEach((column, value) -> copy.put(column, value == null ? "" : value));
    cells = Collections.unmodifiableMap(copy);
  }

  /** The cell's text, trimmed; "" when the cell is empty or the file has no such column. */
  public String get(PlanColumn column) {
    String value = cells.get(column);
    return value == null ? "" : value.strip();
  }

  /** True when every recognised cell is empty. */
  public boolean isBlank() {
    return cells.values().stream().allMatch(String::isBlank);
  }
}
