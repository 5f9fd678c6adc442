package org.reviewactions.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The statements page and the compiled document: who may ask, who may read what, and hostile text kept as text. */
@AutoConfigureMockMvc
class AgencyStatementPageTest extends StatementTestSupport {

  private static final String HOSTILE = "<script>alert('statement')</script> =HYPERLINK(\"http://evil.example\",\"Click\")";

  @Autowired MockMvc mvc;

  @BeforeEach
  void review() {
    reviewWithTwoAgencies();
  }

  @Test
  void onlyAPlanManagerMayAskForStatementsAndNothingIsAskedOtherwise() throws Exception {
    for (String person : List.of(TestPeople.CHAIR, TestPeople.BOARD, LEAD_A)) {
      mvc.perform(post(page()).session(SignIn.session(mvc, person)).with(csrf())
          .param("deadline-day", "31").param("deadline-month", "12").param("deadline-year", "2026"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post(page()).with(csrf()).param("deadline-day", "31").param("deadline-month", "12").param("deadline-year", "2026"))
        .andExpect(status().is3xxRedirection());
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post(page()).session(planner).param("deadline-day", "31").param("deadline-month", "12").param("deadline-year", "2026"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("select count(*) from agency_statement where review_id = ?", Integer.class, reviewId)).isZero();

    mvc.perform(post(page()).session(planner).with(csrf())
        .param("deadline-day", "31").param("deadline-month", "12").param("deadline-year", "2026"))
        .andExpect(redirectedUrl(page() + "?requested=1"));
    String shown = body(planner, page() + "?requested=1");
    assertThat(shown).contains("The agencies have been asked", agencyA, agencyB, "31 December 2026", "Requested");
    assertThat(jdbc.queryForObject("select count(*) from agency_statement where review_id = ?", Integer.class, reviewId)).isEqualTo(2);
  }

  @Test
  void aBadDeadlineIsRefusedWithAMessageNamingItAndNothingIsAsked() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String[][] bad = {
        {"31", "2", "2027", "Deadline: &#39;31/2/2027&#39; is not a date: February 2027 has no day 31."},
        {"1", "11", "2026", "Deadline: 1 November 2026 has passed"},
        {"", "", "", "Deadline: enter the date the statements are due."},
        {"<script>x</script>", "1", "2027", "Deadline: &#39;&lt;script&gt;x&lt;/script&gt;/1/2027&#39; is not a date."}};
    for (String[] typed : bad) {
      String body = mvc.perform(post(page()).session(planner).with(csrf())
              .param("deadline-day", typed[0]).param("deadline-month", typed[1]).param("deadline-year", typed[2]))
          .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
      assertThat(body).contains("There is a problem", typed[3]).doesNotContain("<script>x");
    }
    assertThat(jdbc.queryForObject("select count(*) from agency_statement where review_id = ?", Integer.class, reviewId)).isZero();
  }

  @Test
  void anUnknownReviewIsNotFound() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    for (String path : List.of("/reviews/987654321/statements", "/reviews/987654321/statements/compiled",
        "/reviews/987654321/statements/compiled.pdf")) {
      mvc.perform(get(path).session(planner)).andExpect(status().isNotFound());
    }
    mvc.perform(post("/reviews/987654321/statements").session(planner).with(csrf())
        .param("deadline-day", "31").param("deadline-month", "12").param("deadline-year", "2026"))
        .andExpect(status().isNotFound());
  }

  @Test
  void agencyPeopleReadOnlyTheirOwnAgencysDraftAndOthersFindNoReview() throws Exception {
    request("31/12/2026");
    write(LEAD_A, processOf(statementOf(agencyA).id()).getId(), "Draft of A: not for B's eyes.");

    String ownView = body(SignIn.session(mvc, LEAD_A), page());
    assertThat(ownView).contains("Draft of A: not for B&#39;s eyes.", agencyA).doesNotContain(agencyB);

    String otherView = body(SignIn.session(mvc, LEAD_B), page());
    assertThat(otherView).contains(agencyB).doesNotContain("Draft of A", agencyA);

    MockHttpSession leadB = SignIn.session(mvc, LEAD_B);
    mvc.perform(get(page() + "/compiled").session(leadB)).andExpect(status().isNotFound());
    mvc.perform(get(page() + "/compiled.pdf").session(leadB)).andExpect(status().isNotFound());
    MockHttpSession outsider = SignIn.session(mvc, OUTSIDER);
    mvc.perform(get(page()).session(outsider)).andExpect(status().isNotFound());

    String chairView = body(SignIn.session(mvc, TestPeople.CHAIR), page());
    assertThat(chairView).contains("Draft of A", agencyB).doesNotContain("id=\"request\"");
  }

  @Test
  void hostileTextIsEscapedInTheHtmlAndPlainInThePdfAndAnUnapprovedStatementIsNeverShownAsApproved() throws Exception {
    request("31/12/2026");
    String longer = HOSTILE + "\n\n" + "The agency has trained every midwife in perinatal mental health. ".repeat(55);
    approved(agencyA, LEAD_A, longer);
    write(LEAD_B, processOf(statementOf(agencyB).id()).getId(), "Draft of B, " + HOSTILE);
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);

    String statementsPage = body(planner, page());
    assertThat(statementsPage).contains("&lt;script&gt;alert(&#39;statement&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert").contains("Approved", "Waiting for approval");

    String html = body(planner, page() + "/compiled");
    assertThat(html).contains("&lt;script&gt;alert(&#39;statement&#39;)&lt;/script&gt; =HYPERLINK(&quot;http://evil.example&quot;")
        .doesNotContain("<script>alert", "Draft of B", "href=\"http://evil.example")
        .contains("Not yet approved", "Set up the shared register", "Run the training for every midwife");

    byte[] pdf = mvc.perform(get(page() + "/compiled.pdf").session(planner)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("<script>alert('statement')</script>", "=HYPERLINK(\"http://evil.example\",\"Click\")",
          "Statement not yet approved.", agencyB, "Run the training for every midwife").doesNotContain("Draft of B");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper onePage = new PDFTextStripper();
        onePage.setStartPage(page);
        onePage.setEndPage(page);
        assertThat(onePage.getText(document)).as("page " + page).contains(reviewTitle, "Page " + page);
      }
    }
  }

  private String page() {
    return "/reviews/" + reviewId + "/statements";
  }

  private String body(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
