package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.challenge.AgencyChallenges;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /reviews/{id}/report/challenges.csv}, {@code /report/impact-checks.csv} and the workbook's sheets of the
 * same: who reads which challenges and impact checks, and hostile text kept as text on the way out.
 */
@AutoConfigureMockMvc
class ReportSectionsDownloadsTest extends ProcessTestSupport {

  private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

  @Autowired MockMvc mvc;
  @Autowired AgencyChallenges challenges;

  private HistoryReaders people;
  private Long reviewId;
  private String outsider;

  @BeforeEach
  void twoAgenciesEachChallengedAndEachRecommendationWithAnImpactCheck() throws Exception {
    people = HistoryReaders.create(identityService, roles, agency);
    TestPlan plan = people.plan();
    importPlan(plan);
    List<Recommendation> recs = recommendationsOf(plan);
    reviewId = recs.get(0).getReview().getId();
    Action mine = actionsOf(recs.get(0)).get(0);
    Action theirs = actionsOf(recs.get(1)).get(0);
    raise(mine, "The shared register is not set up.");
    raise(theirs, HYPERLINK);
    recommendations.confirmImplemented(recs.get(0).getId(), TestPeople.CHAIR, "Register in use",
        LocalDate.of(2027, 6, 1), ImpactMethod.AUDIT, "Audit of the register");
    recommendations.confirmImplemented(recs.get(1).getId(), TestPeople.CHAIR, "@SUM(A1)",
        LocalDate.of(2027, 7, 1), ImpactMethod.AUDIT, "+1 <script>alert(1)</script>");
    outsider = thirdAgencysPerson();
  }

  private void raise(Action action, String concern) {
    identityService.setAuthentication(TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR));
    try {
      challenges.raise(List.of(action.getId()), concern, "08/12/2026");
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Someone in an agency with no action in this review. */
  private String thirdAgencysPerson() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String third = "Third Agency " + suffix;
    roles.ensureAgencyGroups(third);
    User user = identityService.newUser("third." + suffix);
    user.setFirstName("Third");
    user.setLastName("Agency");
    user.setEmail("third." + suffix + "@example.org");
    user.setPassword(HistoryReaders.PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(user.getId(), AgencyGroups.agencyGroup(third));
    return user.getId();
  }

  private MockHttpSession session(String userId, String password) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", userId).param("password", password))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  private byte[] download(String path, MockHttpSession session) throws Exception {
    return mvc.perform(get("/reviews/" + reviewId + path).session(session))
        .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
        .andReturn().getResponse().getContentAsByteArray();
  }

  private static List<CSVRecord> csv(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static List<String> column(List<CSVRecord> records, int column) {
    return records.subList(1, records.size()).stream().map(r -> r.get(column)).toList();
  }

  @Test
  void theBoardDownloadsEveryChallengeAndImpactCheckAsCsvLinkedFromThePageWithFormulasNeutralised() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);

    String page = mvc.perform(get("/reviews/" + reviewId + "/report").param("asAt", "30/11/2026").session(board))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("/reviews/" + reviewId + "/report/challenges.csv?asAt=30/11/2026",
        "/reviews/" + reviewId + "/report/impact-checks.csv?asAt=30/11/2026");

    byte[] challengesCsv = mvc.perform(get("/reviews/" + reviewId + "/report/challenges.csv").session(board))
        .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("Content-Disposition", containsString("challenges-")))
        .andExpect(header().string("Content-Disposition", containsString("-as-at-2026-11-30.csv")))
        .andReturn().getResponse().getContentAsByteArray();
    List<CSVRecord> raised = csv(challengesCsv);
    assertThat(raised.get(0).get(0)).isEqualTo("Raised");
    assertThat(column(raised, 2)).containsExactly(people.agency(), people.otherAgency());
    assertThat(column(raised, 3)).containsExactly("The shared register is not set up.", "'" + HYPERLINK);
    assertThat(column(raised, 0)).containsOnly("30 November 2026");
    assertThat(column(raised, 5)).containsOnly("8 December 2026");

    List<CSVRecord> checks = csv(mvc.perform(get("/reviews/" + reviewId + "/report/impact-checks.csv").session(board))
        .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", containsString("impact-checks-")))
        .andReturn().getResponse().getContentAsByteArray());
    assertThat(checks.get(0).get(0)).isEqualTo("Recommendation");
    assertThat(column(checks, 0)).containsExactly("1", "2");
    assertThat(column(checks, 3)).containsExactly("Check due 1 June 2027", "Check due 1 July 2027");

    // Before anything was raised or scheduled: the header row alone.
    assertThat(csv(download("/report/challenges.csv?asAt=29/11/2026", board))).hasSize(1);
    assertThat(csv(download("/report/impact-checks.csv?asAt=29/11/2026", board))).hasSize(1);
  }

  @Test
  void anAgencyReaderGetsOnlyTheirAgencysChallengesInTheCsvAndTheWorkbook() throws Exception {
    MockHttpSession colleague = session(people.colleague(), HistoryReaders.PASSWORD);

    List<CSVRecord> raised = csv(download("/report/challenges.csv", colleague));
    assertThat(column(raised, 2)).containsExactly(people.agency());
    assertThat(new String(download("/report/challenges.csv", colleague), StandardCharsets.UTF_8))
        .doesNotContain(people.otherAgency()).doesNotContain("HYPERLINK");
    assertThat(column(csv(download("/report/impact-checks.csv", colleague)), 0)).containsExactly("1");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/report.xlsx", colleague)))) {
      XSSFSheet sheet = workbook.getSheet("Agency challenges");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(people.agency());
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("The shared register is not set up.");
      XSSFSheet impacts = workbook.getSheet("Impact checks");
      assertThat(impacts.getLastRowNum()).isEqualTo(2);
      assertThat(impacts.getRow(2).getCell(0).getStringCellValue()).isEqualTo("1");
    }
  }

  @Test
  void aPersonOfAnAgencyWithNoActionInTheReviewGets404ForEachSectionAndTheWorkbook() throws Exception {
    MockHttpSession other = session(outsider, HistoryReaders.PASSWORD);

    for (String path : new String[] {"/report/challenges.csv", "/report/impact-checks.csv", "/report.xlsx"}) {
      String body = mvc.perform(get("/reviews/" + reviewId + path).session(other))
          .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
      assertThat(body).as(path).doesNotContain("shared register").doesNotContain("HYPERLINK");
    }
  }

  @Test
  void aBadOrFutureDateOnASectionCsvIsA400AndNobodySignedInIsSentToSignIn() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);

    mvc.perform(get("/reviews/" + reviewId + "/report/challenges.csv").param("asAt", "=1+1").session(board))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/reviews/" + reviewId + "/report/impact-checks.csv").param("asAt", "01/12/2026").session(board))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/reviews/999999999/report/challenges.csv").session(board)).andExpect(status().isNotFound());
    mvc.perform(get("/reviews/" + reviewId + "/report/challenges.csv")).andExpect(status().is3xxRedirection())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("shared register"))));
  }
}
