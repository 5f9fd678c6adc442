package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.escalation.EscalationService;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed 004 plan's report "as at" dates before, on and after its progress date, and after later changes. */
class ProgressReportAsAtTest extends ProcessTestSupport {

  private static final LocalDate BEFORE_PROGRESS = LocalDate.of(2006, 6, 30);
  private static final LocalDate PROGRESS_DATE = LocalDate.of(2006, 7, 1);
  private static final LocalDate NEW_YEAR_2007 = LocalDate.of(2007, 1, 1);

  @Autowired ProgressReports reports;
  @Autowired EscalationService escalation;
  @Autowired JdbcTemplate jdbc;

  // One import for the class (a whole plan's processes are slow to start); tests that change it do so after today.
  private static Long reviewId;

  @BeforeEach
  void importKingston() throws Exception {
    if (reviewId == null) {
      reviewId = KingstonReport.importPlan(importer, jdbc);
    }
  }

  private static ProgressReport.Row row(ProgressReport report, String number, int nth) {
    return report.rows().stream().filter(r -> r.recommendationNumber().equals(number)).skip(nth).findFirst().orElseThrow();
  }

  @Test
  void asAtTheDayOfThePlansProgressColumnEveryActionShowsThatProgressAndItsRagOnThatDay() {
    ProgressReport report = reports.asAt(reviewId, PROGRESS_DATE);

    assertThat(report.title()).isEqualTo(KingstonReport.TITLE);
    assertThat(report.rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    ProgressReport.Row lscb1 = report.rows().get(0);
    assertThat(lscb1.recommendationNumber()).isEqualTo("LSCB 1");
    assertThat(lscb1.timescale()).isEqualTo("March – Sept 2006");
    assertThat(lscb1.agency()).isEqualTo("Kingston LSCB");
    assertThat(lscb1.responsible()).isEqualTo("LSCB agency members");
    assertThat(lscb1.dueDate()).isEqualTo(LocalDate.of(2006, 9, 30));
    assertThat(lscb1.progress()).contains("Executive Summary and Action Plan sent to LSCB members");
    assertThat(lscb1.progressAsAt()).isEqualTo(PROGRESS_DATE);
    assertThat(lscb1.status()).isEqualTo(ReportStatus.GREEN);
    assertThat(lscb1.stage()).isEqualTo("Not started");
    // Due 31 May 2006: a month overdue on 1 July 2006.
    ProgressReport.Row register = row(report, "LSCB 4", 0);
    assertThat(register.timescale()).isEqualTo("May 2006");
    assertThat(register.status()).isEqualTo(ReportStatus.RED);
    // The plan's own word "Complete" is progress text, not verified evidence: never counted as complete.
    ProgressReport.Row hospital = row(report, PlanFixtures.KINGSTON_HOSPITAL_REC, 0);
    assertThat(hospital.progress()).isEqualTo("Complete");
    assertThat(hospital.status()).isEqualTo(ReportStatus.RED);
    assertThat(report.counts().get(ReportStatus.COMPLETE)).isZero();
    assertThat(report.rows()).extracting(ProgressReport.Row::status).contains(ReportStatus.GREEN, ReportStatus.RED);
  }

  @Test
  void theDayBeforeTheProgressDateShowsNoProgressYet() {
    ProgressReport report = reports.asAt(reviewId, BEFORE_PROGRESS);

    assertThat(report.rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.progress()).isNull());
    assertThat(report.rows().get(0).status()).isEqualTo(ReportStatus.GREEN);
  }

  @Test
  void atTheStartOf2007TheActionsDueIn2006AreRedAndThoseDueIn2007StillGreen() {
    ProgressReport report = reports.asAt(reviewId, NEW_YEAR_2007);

    assertThat(report.rows().get(0).status()).isEqualTo(ReportStatus.RED);
    ProgressReport.Row training = row(report, "LSCB 2", 0);
    assertThat(training.dueDate()).isEqualTo(LocalDate.of(2007, 3, 31));
    assertThat(training.status()).isEqualTo(ReportStatus.GREEN);
    assertThat(training.progress()).contains("All addressed in the Training Plan");
    assertThat(row(report, "3.3.4", 0).status()).isEqualTo(ReportStatus.RED);
  }

  @Test
  void changesAfterADateDoNotShowInTheReportAsAtThatDate() {
    Long lscb1 = reports.asAt(reviewId, PinnedClock.TODAY).rows().get(0).actionId();
    Long lscb2 = reports.asAt(reviewId, PinnedClock.TODAY).rows().get(1).actionId();
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-12-10T12:00:00Z")));
    actions.recordProgress(lscb1, "09/12/2026", "Everything sent and checked", "tester");
    actions.complete(lscb1, "tester");
    escalation.closeIncomplete(lscb2, "The training programme was replaced by the new partnership's", "board1");

    ProgressReport before = reports.asAt(reviewId, LocalDate.of(2026, 12, 8));
    ProgressReport after = reports.asAt(reviewId, LocalDate.of(2026, 12, 10));

    assertThat(before.rows().get(0).status()).isEqualTo(ReportStatus.RED);
    assertThat(before.rows().get(0).progress()).contains("Executive Summary");
    assertThat(before.rows().get(1).status()).isEqualTo(ReportStatus.RED);
    assertThat(after.rows().get(0).status()).isEqualTo(ReportStatus.COMPLETE);
    assertThat(after.rows().get(0).progress()).isEqualTo("Everything sent and checked");
    assertThat(after.rows().get(0).progressAsAt()).isEqualTo(LocalDate.of(2026, 12, 9));
    ProgressReport.Row closed = after.rows().get(1);
    assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED_INCOMPLETE);
    assertThat(closed.status().label()).isEqualTo("Closed without completion");
    assertThat(closed.progress()).contains("Closed without completion: The training programme was replaced");
    assertThat(after.counts().get(ReportStatus.COMPLETE)).isEqualTo(1);
    assertThat(after.counts().get(ReportStatus.CLOSED_INCOMPLETE)).isEqualTo(1);
    // The change is kept once, when it happened, whatever else was written about the action then.
    assertThat(jdbc.queryForList("select changed_at from action_state_change where action_id = ? and status = 'COMPLETE'",
        java.sql.Timestamp.class, lscb1)).singleElement()
        .satisfies(at -> assertThat(at.toInstant()).isAfterOrEqualTo(Instant.parse("2026-12-10T12:00:00Z")));
  }

  @Test
  void aStatusThisModuleDoesNotKnowYetSuchAsWithdrawnIsShownAsWithdrawn() {
    Long lscb3 = reports.asAt(reviewId, PinnedClock.TODAY).rows().get(2).actionId();
    jdbc.update("insert into action_state_change (action_id, changed_at, status, due_date) values (?, ?, 'WITHDRAWN', null)",
        lscb3, java.sql.Timestamp.from(Instant.parse("2026-12-20T12:00:00Z")));

    ProgressReport.Row row = reports.asAt(reviewId, LocalDate.of(2026, 12, 20)).rows().get(2);

    assertThat(row.status()).isEqualTo(ReportStatus.WITHDRAWN);
    assertThat(row.stage()).isEqualTo("Withdrawn");
    assertThat(reports.asAt(reviewId, LocalDate.of(2026, 12, 19)).rows().get(2).status()).isEqualTo(ReportStatus.RED);
    assertThat(reports.asAt(reviewId, PROGRESS_DATE).rows().get(2).status()).isEqualTo(ReportStatus.GREEN);
  }

  @Test
  void theSeedPlansPdfAsAtItsProgressDateReadsBackWithItsRowsNameAndPageNumbers() throws Exception {
    ProgressReport report = reports.asAt(reviewId, PROGRESS_DATE);

    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(reports.pdf(report))) {
      int pages = pdf.getNumberOfPages();
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(pages).isGreaterThan(1);
      assertThat(text.split("SCR Baby A \\(KIN-", -1)).hasSizeGreaterThan(pages);
      assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
          "LSCB 1 LSCB will disseminate the executive summary", "March – Sept 2006", "LSCB agency members",
          "Executive Summary and Action Plan sent to LSCB members", "(as at 1 July 2006)", "Director of Nursing",
          "Kingston Police", "Progress as at 1 July 2006");
    }
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(reports.xlsx(report)))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + PlanFixtures.KINGSTON_ACTIONS);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("LSCB 1 LSCB will disseminate");
      assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Green");
    }
  }

  @Test
  void aFurtherActionAddedAfterTheImportAppearsFromTheDayItWasAddedNotBefore() {
    Long lastRecommendation = reports.asAt(reviewId, PinnedClock.TODAY).rows().get(PlanFixtures.KINGSTON_ACTIONS - 1)
        .actionId();
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-12-05T12:00:00Z")));
    actions.createFurtherAction(actions.recommendationOf(actions.get(lastRecommendation)), "Audit GP practices again",
        "Kingston PCT", "PCT Board Director", "March 2027", "planner1");

    assertThat(reports.asAt(reviewId, LocalDate.of(2026, 12, 4)).rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(reports.asAt(reviewId, PROGRESS_DATE).rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    List<ProgressReport.Row> rows = reports.asAt(reviewId, LocalDate.of(2026, 12, 5)).rows();
    assertThat(rows).hasSize(PlanFixtures.KINGSTON_ACTIONS + 1);
    assertThat(rows.get(PlanFixtures.KINGSTON_ACTIONS).action()).isEqualTo("Audit GP practices again");
  }

  @Test
  void anAgencysReportHoldsOnlyItsRows() {
    ProgressReport police = reports.asAt(reviewId, PROGRESS_DATE).forAgencies(java.util.Set.of("Kingston Police"));

    assertThat(police.rows()).extracting(ProgressReport.Row::recommendationNumber).containsExactly("3.5.1", "3.5.2", "3.5.5");
  }

  @Test
  void aDeadlineTaskPastItsDeadlineMakesTheRowRedAsTheDashboardDoesButOnlyFromTheDayItWasLate() {
    org.reviewactions.action.Action action = importedWithOwner(PinnedClock.NOW, "by March 2027");
    completeAs(org.reviewactions.support.TestPeople.OWNER, openTask(action.getProcessInstanceId(),
        org.reviewactions.action.ActionProcess.Element.DELIVER_ACTION), java.util.Map.of(
        org.reviewactions.action.ActionProcess.Var.SUBMISSION, org.reviewactions.action.ActionProcess.Value.SUBMIT_EVIDENCE,
        org.reviewactions.action.ActionProcess.Var.EVIDENCE_SUMMARY, "Done",
        org.reviewactions.action.ActionProcess.Var.EVIDENCE_REFERENCES, "Minutes"));
    Long review = actions.recommendationOf(action).getReview().getId();
    assertThat(reports.asAt(review, PinnedClock.TODAY).rows().get(0).status()).isEqualTo(ReportStatus.GREEN);

    var verify = openTask(action.getProcessInstanceId(), org.reviewactions.action.ActionProcess.Element.VERIFY_EVIDENCE);
    verify.setDueDate(java.util.Date.from(PinnedClock.NOW.minusSeconds(3600)));
    taskService.saveTask(verify);

    assertThat(actions.rag(actions.get(action.getId()))).isEqualTo(org.reviewactions.action.Rag.RED);
    assertThat(reports.asAt(review, PinnedClock.TODAY).rows().get(0).status()).isEqualTo(ReportStatus.RED);
    // The task did not exist the day before: that day's report is not rewritten.
    assertThat(reports.asAt(review, PinnedClock.TODAY.minusDays(1)).rows().get(0).status()).isEqualTo(ReportStatus.GREEN);
  }

  @Test
  void anUnknownReviewIsNotFound() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.asAt(999_999_999L, PROGRESS_DATE))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("999999999");
  }

  @Test
  void theReportAsAtTodayAgreesWithTheActionsRagNow() {
    ProgressReport report = reports.asAt(reviewId, PinnedClock.TODAY);
    // The first three actions are changed after today by other tests of this class (one shared import).
    List<ProgressReport.Row> rows = report.rows().subList(3, report.rows().size());
    assertThat(rows).hasSize(PlanFixtures.KINGSTON_ACTIONS - 3);

    for (ProgressReport.Row row : rows) {
      assertThat(row.status().label()).isEqualTo(actions.rag(actions.get(row.actionId())).label());
      assertThat(row.dueDate()).isEqualTo(actions.get(row.actionId()).getDueDate());
      assertThat(row.stage()).isEqualTo(actions.get(row.actionId()).getStatus().label());
    }
  }
}
