package org.reviewactions.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.identity.Person;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.report.ProgressReport;
import org.reviewactions.report.ProgressReports;
import org.reviewactions.report.ReportStatus;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The quarterly report under a controlled clock, with GreenMail as the mail server: the timer fires on the first
 * days of January and goes on only on the first working day (4 January 2027: 1 January is a bank holiday, then a
 * weekend); each board member gets one e-mail per open review with the figures and the PDF; a second run that
 * quarter sends nothing; closed reviews are left out; only the board (and administrators) may run it on demand.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class QuarterlyReportProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant NEW_YEARS_DAY_9AM = Instant.parse("2027-01-01T09:00:00Z");
  private static final Instant FIRST_WORKING_DAY_9AM = Instant.parse("2027-01-04T09:00:00Z");
  private static final LocalDate FIRST_WORKING_DAY = LocalDate.of(2027, 1, 4);
  private static final String HOSTILE_TITLE = "<script>alert('quarterly')</script> Baby Q";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProgressReports reports;
  @Autowired QuarterlyReports quarterly;

  /** An open review imported today: one action due by March 2027, one by December 2026 (overdue in January). */
  private String openReview(String title) {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-06-15")
        .action("1", "Share information", "Set up the shared register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Train staff", "Train every practitioner", "by December 2026", TestPeople.ROLE_WITH_HOLDER, agency);
    ImportCommand titled = plan.command(false);
    ImportResult result = importer.importPlan(new ImportCommand(titled.reviewRef(), title == null ? titled.title() : title,
        titled.board(), titled.published(), titled.fileName(), plan.csv(), false, "tester"));
    assertThat(result.errors()).isEmpty();
    return plan.reviewRef();
  }

  private Long reviewId(String reference) {
    return jdbc.queryForObject("select id from review where reference = ?", Long.class, reference);
  }

  private Job quarterlyTimer() {
    return managementService.createJobQuery().processDefinitionKey(QuarterlyReportProcess.KEY).timers().singleResult();
  }

  /** Fires the quarterly timer as the job executor would at the instant, then sends the e-mails it asked for. */
  private void fireTimerAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    managementService.executeJob(quarterlyTimer().getId());
    sendNotifications();
  }

  private List<MimeMessage> mailsAbout(String reference) throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> { try { return m.getSubject().contains("Quarterly progress report") && MailParts.of(m).text().contains(reference); }
          catch (Exception e) { throw new IllegalStateException(e); } })
        .toList();
  }

  private long historicEnds(String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEventId).finished().count();
  }

  @Test
  void theTimerRunsOnTheQuartersFirstWorkingDayOnlyAndEachBoardMemberGetsOneEmailPerOpenReviewWithThePdf()
      throws Exception {
    String reference = openReview(HOSTILE_TITLE);
    Job timer = quarterlyTimer();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(NEW_YEARS_DAY_9AM);

    long quietBefore = historicEnds(QuarterlyReportProcess.Element.END_NOT_FIRST_DAY);
    fireTimerAt(NEW_YEARS_DAY_9AM);
    assertThat(historicEnds(QuarterlyReportProcess.Element.END_NOT_FIRST_DAY)).isEqualTo(quietBefore + 1);
    assertThat(mailsAbout(reference)).isEmpty();
    assertThat(quarterlyTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-02T09:00:00Z"));

    long sentBefore = historicEnds(QuarterlyReportProcess.Element.END_SENT);
    fireTimerAt(FIRST_WORKING_DAY_9AM);
    assertThat(historicEnds(QuarterlyReportProcess.Element.END_SENT)).isEqualTo(sentBefore + 1);

    List<Person> board = roles.members("board");
    List<MimeMessage> mails = mailsAbout(reference);
    assertThat(mails).hasSize(board.size());
    assertThat(mails.stream().map(m -> { try { return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress(); }
      catch (Exception e) { throw new IllegalStateException(e); } }))
        .containsExactlyInAnyOrderElementsOf(board.stream().map(Person::email).toList());

    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).contains("Baby Q", "4 January 2027");
    String pdfText = pdfText(mail);
    assertThat(pdfText).contains("Baby Q", reference, "Set up the shared register", "4 January 2027");

    MailParts parts = MailParts.of(mail);
    assertThat(parts.attachmentNames()).containsExactly(reference + "-progress-2027-01-04.pdf");
    assertThat(parts.html()).contains("&lt;script&gt;alert(").doesNotContain("<script>");
    ProgressReport report = reports.asAt(reviewId(reference), FIRST_WORKING_DAY);
    Map<ReportStatus, Long> counts = report.counts();
    long due = counts.get(ReportStatus.RED) + counts.get(ReportStatus.AMBER) + counts.get(ReportStatus.GREEN);
    assertThat(due).isEqualTo(2);
    assertThat(parts.text())
        .contains("- Actions due (still to do): " + due + " / ")
        .contains("- Complete: " + counts.get(ReportStatus.COMPLETE) + " / ")
        .contains("- Overdue: 1 / 0 / +1")
        .contains("- Escalated to the board: 0 / 0 / no change")
        .contains("- Closed without completion: " + counts.get(ReportStatus.CLOSED_INCOMPLETE) + " / ")
        .contains("as at 1 October 2026");
  }

  @Test
  void aSecondRunTheSameQuarterSendsNothingNew() throws Exception {
    String reference = openReview(null);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-10T11:00:00Z")));
    mvc.perform(post("/api/quarterly-reports").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isAccepted());
    sendNotifications();
    assertThat(mailsAbout(reference)).hasSize(roles.members("board").size());

    mvc.perform(post("/api/quarterly-reports").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isAccepted());
    sendNotifications();
    assertThat(mailsAbout(reference)).hasSize(roles.members("board").size());
  }

  @Test
  void aClosedReviewIsLeftOut() throws Exception {
    String open = openReview(null);
    String closed = openReview(null);
    jdbc.update("update recommendation set status = 'IMPLEMENTED' where review_id = ?", reviewId(closed));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-01T09:00:00Z")));
    mvc.perform(post("/reports/quarterly").session(SignIn.session(mvc, TestPeople.BOARD)).with(csrf()))
        .andExpect(redirectedUrl("/reports/quarterly?started=1"));
    sendNotifications();

    assertThat(mailsAbout(open)).isNotEmpty();
    assertThat(mailsAbout(closed)).isEmpty();
  }

  @Test
  void onlyTheBoardMayRunItOnDemandAndNothingIsStartedOtherwise() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(QuarterlyReportProcess.KEY).count();
    for (String person : List.of(TestPeople.OWNER, TestPeople.PLANNER, TestPeople.CHAIR, TestPeople.LEAD)) {
      mvc.perform(post("/api/quarterly-reports").header("Authorization", SignIn.basic(person)))
          .andExpect(status().isForbidden());
      mvc.perform(post("/reports/quarterly").session(SignIn.session(mvc, person)).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(get("/reports/quarterly").session(SignIn.session(mvc, person))).andExpect(status().isForbidden());
    }
    mvc.perform(post("/api/quarterly-reports")).andExpect(status().isUnauthorized());
    // The page's form needs its CSRF token even from a board member.
    mvc.perform(post("/reports/quarterly").session(SignIn.session(mvc, TestPeople.BOARD)))
        .andExpect(status().isForbidden());
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(QuarterlyReportProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void theBoardSeesThePageWithItsButtonAndOthersNoLinkToIt() throws Exception {
    String page = mvc.perform(get("/reports/quarterly").session(SignIn.session(mvc, TestPeople.BOARD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Send the quarterly report now", "name=\"_csrf\"", "2026-Q4", "href=\"/reports/quarterly\"");
    String settings = mvc.perform(get("/settings/e-mails").session(SignIn.session(mvc, TestPeople.OWNER)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(settings).doesNotContain("/reports/quarterly");
  }

  @Test
  void theFirstWorkingDayOfAQuarterSkipsWeekendsAndBankHolidays() {
    // 1 January 2027 is a bank holiday on a Friday, then a weekend; 1 April 2027 a Thursday; 1 October 2027 a
    // Friday; 1 January 2026 a bank holiday on a Thursday.
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 1, 5))).isFalse();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 4, 1))).isTrue();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2027, 10, 1))).isTrue();
    assertThat(quarterly.isFirstWorkingDayOfQuarter(LocalDate.of(2026, 1, 2))).isTrue();
    assertThat(QuarterlyReports.quarter(LocalDate.of(2027, 12, 31))).isEqualTo("2027-Q4");
  }

  private static String pdfText(Part mail) throws Exception {
    byte[] pdf = pdfBytes(mail);
    assertThat(pdf).as("a PDF attachment").isNotNull();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static byte[] pdfBytes(Part part) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        byte[] found = pdfBytes(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      }
    }
    return null;
  }
}
