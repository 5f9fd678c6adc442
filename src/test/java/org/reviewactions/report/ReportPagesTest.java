package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** /reviews/{id}/report, its downloads and /api/reviews/{id}/report: who reads which rows, and refusals naming why. */
@AutoConfigureMockMvc
class ReportPagesTest extends ProcessTestSupport {

  private static final String HOSTILE = "<script>alert(1)</script>=HYPERLINK(\"http://evil.example\")";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private HistoryReaders people;
  private Long reviewId;

  @BeforeEach
  void twoAgenciesPlan() {
    people = HistoryReaders.create(identityService, roles, agency);
    TestPlan plan = people.plan()
        .action("3", HOSTILE, "=HYPERLINK(\"http://evil.example\",\"x\")", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    reviewId = jdbc.queryForObject("select id from review where reference = ?", Long.class, plan.reviewRef());
  }

  private MockHttpSession session(String userId, String password) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", userId).param("password", password))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  @Test
  void theBoardReadsEveryAgencysRowsOnThePageWithHostileTextEscaped() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);

    String page = mvc.perform(get("/reviews/" + reviewId + "/report").param("asAt", "30/11/2026").session(board))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Set up a shared register", "Train every team", people.otherAgency(),
        "Progress as at 30 November 2026", "/reviews/" + reviewId + "/report.pdf?asAt=30/11/2026", "govuk-table");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
  }

  @Test
  void anAgencyPersonReadsOnlyTheirAgencysRowsInEveryFormat() throws Exception {
    MockHttpSession colleague = session(people.colleague(), HistoryReaders.PASSWORD);

    String page = mvc.perform(get("/reviews/" + reviewId + "/report").session(colleague))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Set up a shared register", "Only the actions of " + people.agency() + " are shown.")
        .doesNotContain("Train every team").doesNotContain(people.otherAgency());
    for (String format : new String[] {"csv", "html"}) {
      String file = mvc.perform(get("/reviews/" + reviewId + "/report." + format).session(colleague))
          .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
          .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(file).contains("Set up a shared register").doesNotContain("Train every team");
    }
    mvc.perform(get("/api/reviews/" + reviewId + "/report")
            .header("Authorization", SignIn.basic(people.otherOwner(), HistoryReaders.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows.length()").value(1))
        .andExpect(jsonPath("$.rows[0].action").value("Train every team"));
  }

  @Test
  void someoneInNoAgencyOfTheReviewGets404AsIfItDidNotExist() throws Exception {
    mvc.perform(get("/api/reviews/" + reviewId + "/report")
            .header("Authorization", SignIn.basic(people.owner(), HistoryReaders.PASSWORD)))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.rows").doesNotExist());
  }

  @Test
  void downloadsComeInEachFormatWithItsTypeAndTheApiAsJson() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);
    byte[] pdf = mvc.perform(get("/reviews/" + reviewId + "/report.pdf").param("asAt", "01/07/2026").session(board))
        .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString(".pdf")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    byte[] xlsx = mvc.perform(get("/reviews/" + reviewId + "/report.xlsx").session(board))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    byte[] csv = mvc.perform(get("/reviews/" + reviewId + "/report.csv").session(board))
        .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFRecommendation,").contains("'=HYPERLINK(");
    mvc.perform(get("/api/reviews/" + reviewId + "/report").param("asAt", "01/07/2026").param("format", "xlsx")
            .header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString(".xlsx")));
    mvc.perform(get("/api/reviews/" + reviewId + "/report").param("asAt", "01/07/2026")
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.asAt").value("2026-07-01"))
        .andExpect(jsonPath("$.rows.length()").value(3));
  }

  @Test
  void aBadOrFutureDateIsA400NamingAsAt() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);
    String page = mvc.perform(get("/reviews/" + reviewId + "/report").param("asAt", "31/02/2026").session(board))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("govuk-error-summary", "asAt: &#39;31/02/2026&#39; is not a date", "href=\"#asAt\"");
    String hostile = mvc.perform(get("/reviews/" + reviewId + "/report").param("asAt", "<script>x</script>").session(board))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(hostile).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
    mvc.perform(get("/reviews/" + reviewId + "/report.pdf").param("asAt", "=1+1").session(board))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/reviews/" + reviewId + "/report").param("asAt", "01/12/2026")
            .header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("asAt: 1 December 2026 is in the future")));
    mvc.perform(get("/api/reviews/" + reviewId + "/report").param("asAt", "2026-07-01")
            .header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("asAt")));
    mvc.perform(get("/api/reviews/" + reviewId + "/report").param("format", "docx")
            .header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("format")));
    mvc.perform(get("/reviews/" + reviewId + "/report.exe").session(board)).andExpect(status().isBadRequest());
  }

  @Test
  void anUnknownReviewIs404AndNobodySignedInIsRefused() throws Exception {
    mvc.perform(get("/api/reviews/999999999/report").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("no review 999999999")));
    mvc.perform(get("/reviews/999999999/report").session(SignIn.session(mvc, TestPeople.BOARD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/reviews/" + reviewId + "/report")).andExpect(status().isUnauthorized());
    mvc.perform(get("/reviews/" + reviewId + "/report.csv"))
        .andExpect(status().is3xxRedirection()).andExpect(content().string(not(containsString("Set up"))));
  }
}
