package org.reviewactions.report;

import java.util.List;
import org.reviewactions.shared.FormDates;

/**
 * The columns boards publish, and each row's cells as text, shared by every format. A cell a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) is marked by
 * {@link #formulaLike(String)} so the XLSX and CSV writers can neutralise it.
 */
final class ReportColumns {

  static final int STATUS = 6;

  private ReportColumns() {}

  static List<String> headers(ProgressReport report) {
    return List.of("Recommendation", "Action", "Agency", "Timescale (as written)", "Responsible",
        "Progress as at " + FormDates.shown(report.asAt()), "Status");
  }

  static List<String> cells(ProgressReport.Row row) {
    return List.of(recommendation(row), text(row.action()), text(row.agency()), text(row.timescale()),
        text(row.responsible()), progress(row), row.status().label());
  }

  static String recommendation(ProgressReport.Row row) {
    String number = text(row.recommendationNumber());
    return number.isEmpty() ? text(row.recommendation()) : number + " " + text(row.recommendation());
  }

  /** The latest progress, with its own date when that differs from the report's. */
  static String progress(ProgressReport.Row row) {
    if (row.progress() == null) {
      return "No progress recorded";
    }
    return row.progress() + "\n(as at " + FormDates.shown(row.progressAsAt()) + ")";
  }

  static String text(String value) {
    return value == null ? "" : value;
  }

  /** Whether a spreadsheet would read the cell as a formula or a command. */
  static boolean formulaLike(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
