package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.review.ImpactJudgement;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 003 (Oxfordshire, Infant Y): its recommendation 3 asks the board to "monitor how Board agencies will
 * evidence the impact of lessons learned". Confirmed implemented on 1 December 2026 with an audit due 1 June 2027,
 * found partly embedded on 2 June 2027 with a re-audit due 1 December 2027, found embedded on 3 December 2027: the
 * progress report shows each judgement only from the day it was recorded (the process paths are
 * ImpactCheckProcessTest's; here the service records the same steps at fixed instants).
 */
class ImpactChecksReportTest extends ProcessTestSupport {

  @Autowired ProgressReports reports;
  @Autowired JdbcTemplate jdbc;

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  @Test
  void theReportShowsEachImpactJudgementFromTheDayItWasRecordedAndTheCheckAsDueBefore() throws Exception {
    String ref = "OXF-" + UUID.randomUUID().toString().substring(0, 8);
    ImportResult result = importer.importPlan(new ImportCommand(ref, "SCR Infant Y", "Oxfordshire SCB", "2011-06-01",
        "oxfordshire-infant-y.csv", PlanFixtures.resource(PlanFixtures.OXFORDSHIRE_CSV).getContentAsByteArray(), false,
        "tester"));
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    Long reviewId = jdbc.queryForObject("select id from review where reference = ?", Long.class, ref);
    Recommendation rec3 = recommendations.forReview(ref).stream().filter(r -> r.getNumber().equals("3")).findFirst()
        .orElseThrow();
    assertThat(rec3.getText()).contains("evidence the impact of lessons learned");

    at("2026-12-01T11:00:00Z");
    recommendations.confirmImplemented(rec3.getId(), "chair1", "Monitoring framework in place",
        LocalDate.of(2027, 6, 1), ImpactMethod.AUDIT, "Audit of agencies' learning logs");
    at("2027-06-02T14:00:00Z");
    recommendations.assessImpact(rec3.getId(), "Four of six agencies evidence learning in supervision", null,
        "QA subgroup minutes June 2027", ImpactJudgement.PARTLY, LocalDate.of(2027, 12, 1), "chair1");
    at("2027-12-03T10:00:00Z");
    recommendations.assessImpact(rec3.getId(), "All six agencies evidence learning", null, "Audit <script>alert(1)</script>",
        ImpactJudgement.EMBEDDED, null, "chair1");

    assertThat(reports.asAt(reviewId, LocalDate.of(2026, 11, 30)).impacts()).as("before confirmation").isEmpty();

    ProgressReport beforeFirst = reports.asAt(reviewId, LocalDate.of(2027, 6, 1));
    assertThat(beforeFirst.impacts()).singleElement().satisfies(i -> {
      assertThat(i.recommendationNumber()).isEqualTo("3");
      assertThat(i.method()).isEqualTo("An audit");
      assertThat(i.judgement()).isNull();
      assertThat(i.findings()).isNull();
      assertThat(i.outcome()).isEqualTo("Check due 1 June 2027");
    });

    ProgressReport afterFirst = reports.asAt(reviewId, LocalDate.of(2027, 6, 2));
    assertThat(afterFirst.impacts()).extracting(ProgressReport.Impact::outcome)
        .containsExactly("Partly embedded", "Check due 1 December 2027");
    assertThat(afterFirst.impacts().get(0).assessedOn()).isEqualTo(LocalDate.of(2027, 6, 2));
    assertThat(afterFirst.impacts().get(0).findings()).isEqualTo("Four of six agencies evidence learning in supervision");

    ProgressReport yearEnd = reports.asAt(reviewId, LocalDate.of(2027, 12, 31));
    assertThat(yearEnd.impacts()).extracting(ProgressReport.Impact::outcome)
        .containsExactly("Partly embedded", "Learning embedded");

    String html = reports.html(yearEnd);
    assertThat(html).contains("Impact checks as at 31 December 2027", "Partly embedded", "Learning embedded",
        "(recorded 3 December 2027)", "Evidence: Audit &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(reports.pdf(afterFirst))) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Impact checks as at 2 June 2027", "Partly embedded", "(recorded 2 June 2027)",
          "Check due 1 December 2027", "Four of six agencies evidence learning in supervision");
    }
    // An agency's own report keeps the impact of the recommendations it has actions under.
    String agencyOfRec3 = yearEnd.rows().stream().filter(r -> r.recommendationNumber().equals("3")).findFirst()
        .orElseThrow().agency();
    assertThat(yearEnd.forAgencies(java.util.Set.of(agencyOfRec3)).impacts()).hasSize(2);
    assertThat(yearEnd.forAgencies(java.util.Set.of("No such agency")).impacts()).isEmpty();
  }
}
