package org.reviewactions.quarterly;

import java.time.LocalDate;
import org.reviewactions.report.ProgressReport;
import org.reviewactions.report.ReportStatus;

/**
 * The summary figures of one review's report on a date, as the quarterly e-mail shows them.
 *
 * @param due actions still to do (Red, Amber or Green)
 * @param complete actions evidenced and verified
 * @param overdue actions still to do whose due date had passed on the date
 * @param escalated actions escalated to the board on the date
 * @param closedIncomplete actions closed without completion (never counted as complete)
 */
record QuarterlyFigures(long due, long complete, long overdue, long escalated, long closedIncomplete) {

  static final String ESCALATED_STAGE = "Escalated to the board";

  static QuarterlyFigures of(ProgressReport report) {
    var counts = report.counts();
    LocalDate day = report.asAt();
    long overdue = report.rows().stream()
        .filter(row -> row.status().outstanding() && row.dueDate() != null && row.dueDate().isBefore(day)).count();
    long escalated = report.rows().stream().filter(row -> ESCALATED_STAGE.equals(row.stage())).count();
    return new QuarterlyFigures(
        counts.get(ReportStatus.RED) + counts.get(ReportStatus.AMBER) + counts.get(ReportStatus.GREEN),
        counts.get(ReportStatus.COMPLETE), overdue, escalated, counts.get(ReportStatus.CLOSED_INCOMPLETE));
  }

  /** Each figure's change from {@code before}, signed for people: "+2", "-1", "no change". */
  static String change(long now, long before) {
    long difference = now - before;
    return difference == 0 ? "no change" : difference > 0 ? "+" + difference : String.valueOf(difference);
  }
}
