package org.reviewactions.report;

import java.util.List;
import org.reviewactions.shared.FormDates;

/**
 * The report's agency challenges and impact checks as tables of text, the way the XLSX sheets and the CSV
 * downloads carry them (the page, the HTML and the PDF lay them out themselves). Dates are the British words
 * the first sheet uses; lists (a challenge's actions and steps) are one line each in the cell.
 *
 * @param name the sheet's name and, in lower case with dashes, the CSV download's name
 * @param title the line above the header row
 * @param none the one line an empty section shows instead of rows
 */
record ReportSections(String name, String title, List<String> headers, int[] widths, List<List<String>> rows,
    String none) {

  static ReportSections challenges(ProgressReport report) {
    return new ReportSections("Agency challenges", titled(report, "agency challenges"),
        List.of("Raised", "Raised by", "Agency", "Concern", "Actions", "Response due", "Response", "Responded on",
            "Status", "Outcome", "Steps"),
        new int[] {16, 20, 24, 40, 40, 16, 40, 16, 24, 40, 50},
        report.challenges().stream().map(ReportSections::cells).toList(),
        "No agency was challenged about its progress by " + report.asAtShown() + ".");
  }

  static ReportSections impacts(ProgressReport report) {
    return new ReportSections("Impact checks", titled(report, "impact checks"),
        List.of("Recommendation", "How", "Due", "Judgement", "Recorded on", "What was found", "Evidence references"),
        new int[] {16, 24, 16, 24, 16, 50, 40},
        report.impacts().stream().map(ReportSections::cells).toList(),
        "No impact check of a recommendation was scheduled by " + report.asAtShown() + ".");
  }

  private static String titled(ProgressReport report, String what) {
    return report.title() + " (" + report.reference() + "): " + what + " as at " + report.asAtShown();
  }

  private static List<String> cells(ProgressReport.Challenge c) {
    return List.of(text(c.raisedOnShown()), text(c.raisedBy()), text(c.agency()), text(c.concern()),
        String.join("\n", c.actions()), text(c.responseDueShown()), text(c.response()), text(c.respondedOnShown()),
        text(c.status()), text(c.outcome()), String.join("\n", c.steps()));
  }

  private static List<String> cells(ProgressReport.Impact i) {
    // "Check due ..." stands in the judgement's place until one is recorded, as on the page.
    return List.of(text(i.recommendationNumber()), text(i.method()), text(FormDates.shown(i.dueDate())),
        i.outcome(), text(i.assessedOnShown()), text(i.findings()), text(i.evidenceReferences()));
  }

  private static String text(String value) {
    return ReportColumns.text(value);
  }
}
