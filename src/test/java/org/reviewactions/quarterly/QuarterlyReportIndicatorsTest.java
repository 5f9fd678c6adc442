package org.reviewactions.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.indicator.Indicators;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quarterly report carries the safeguarding indicators: the latest quarter submitted and the one before. */
class QuarterlyReportIndicatorsTest extends ProcessTestSupport {

  @Autowired QuarterlyReports quarterly;
  @Autowired Indicators indicators;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReportListsEachAgencysIndicatorFiguresForTheLatestQuarterAndTheOneBeforeInTheMailAndAPdf() throws Exception {
    jdbc.update("update indicator set active = false");
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-06-15")
        .action("1", "Share information", "Set up the shared register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Long reviewId = recommendationsOf(plan).get(0).getReview().getId();
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));

    identityService.setAuthentication(TestPeople.PLANNER, roles.groupIds(TestPeople.PLANNER));
    Long id = indicators.define("Strategy meetings within 3 days", "PERCENTAGE", List.of(agency), null, "95");
    identityService.clearAuthentication();
    submit("2026-Q3", id, "80");
    submit("2026-Q4", id, "92.5");

    LocalDate asAt = LocalDate.of(2027, 1, 4);
    Map<String, Object> model = quarterly.mailModel(quarterly.report(reviewId, asAt));
    assertThat(model).containsEntry("indicatorQuarter", "2026-Q4").containsEntry("indicatorPrevious", "2026-Q3");
    @SuppressWarnings("unchecked")
    List<Indicators.ReportLine> lines = (List<Indicators.ReportLine>) model.get("indicators");
    assertThat(lines).contains(
        new Indicators.ReportLine("Strategy meetings within 3 days", "Percentage", agency, "92.5%", "80%", "95%"));

    byte[] pdf = quarterly.indicatorsPdf(asAt).orElseThrow().content();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Safeguarding indicators, 2026-Q4", "Strategy meetings within 3 days", agency, "92.5%", "80%", "95%");
    }

    // The e-mail itself, rendered and written to the outbox as it is sent to a board member.
    quarterly.requestEmails(reviewId, asAt, null);
    sendNotifications();
    MailParts sent = null;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/test-outbox"))) {
      for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().contains("quarterly-report")).toList()) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
          MailParts parts = MailParts.of(new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null, in));
          if (parts.text().contains(agency)) {
            sent = parts;
          }
        }
      }
    }
    assertThat(sent).as("the quarterly e-mail naming the agency").isNotNull();
    assertThat(sent.text()).contains("Safeguarding indicators: 2026-Q4", "- Strategy meetings within 3 days, " + agency + ": 92.5% / 80% / 95%");
    assertThat(sent.html()).contains("Safeguarding indicators", "92.5%");
    assertThat(sent.attachmentNames()).contains("safeguarding-indicators-2026-Q4.pdf");
  }

  private void submit(String quarter, Long indicatorId, String figure) {
    String pid = runtimeService.createMessageCorrelation(QuarterlyIndicatorsProcess.REQUESTED_MESSAGE)
        .setVariable(QuarterlyIndicatorsProcess.Var.QUARTER, quarter).correlateStartMessage().getId();
    Task task = taskService.createTaskQuery().processInstanceId(pid)
        .taskVariableValueEquals(QuarterlyIndicatorsProcess.Var.CTX_AGENCY, agency).singleResult();
    identityService.setAuthentication(TestPeople.LEAD, roles.groupIds(TestPeople.LEAD));
    try {
      indicators.submit(task.getId(), Map.of(Indicators.FIGURE_PREFIX + indicatorId, figure));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
