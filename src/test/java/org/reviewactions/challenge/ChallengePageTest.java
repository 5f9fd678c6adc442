package org.reviewactions.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Raising a challenge on the page and the API: who may, and every refusal, with nothing half-saved. */
@AutoConfigureMockMvc
class ChallengePageTest extends ChallengeTestSupport {

  private static final String HOSTILE = "<script>alert('concern')</script> =HYPERLINK(\"http://evil.example\",\"Click\") ${1+1}";

  @Autowired MockMvc mvc;

  @BeforeEach
  void review() {
    reviewWithTwoAgencies();
  }

  @Test
  void onlyAMonitoringChairSeesTheLinkAndMayRaiseAndOnlyWithTheFormsToken() throws Exception {
    for (String person : List.of(TestPeople.OTHER_OWNER, LEAD_A, TestPeople.BOARD, TestPeople.PLANNER)) {
      MockHttpSession session = SignIn.session(mvc, person);
      mvc.perform(get(newPage()).session(session)).andExpect(status().isForbidden());
      mvc.perform(raise(session, "Concern.", "4", "12", "2026", actionA1.getId())).andExpect(status().isForbidden());
    }
    assertThat(body(SignIn.session(mvc, TestPeople.BOARD), "/actions/" + actionA1.getId())).doesNotContain("raise-concern-link");
    MockHttpSession chair = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(post(actionPath() + "/challenges").session(chair).param("concern", "No token.")
        .param("actionIds", actionA1.getId().toString())
        .param("response-date-day", "4").param("response-date-month", "12").param("response-date-year", "2026"))
        .andExpect(status().isForbidden());
    assertThat(count()).isZero();

    String form = body(chair, newPage());
    assertThat(body(chair, actionPath())).contains("id=\"raise-concern-link\"");
    assertThat(form).contains(agencyA, "Set up the shared register", "Audit the referral pathway")
        .doesNotContain("Rewrite the escalation policy");
    mvc.perform(raise(chair, HOSTILE, "4", "12", "2026", actionA1.getId(), actionA2.getId()))
        .andExpect(redirectedUrl(actionPath() + "?challenged=1#story"));
    assertThat(count()).isEqualTo(1);
    String page = body(chair, actionPath() + "?challenged=1");
    assertThat(page).contains("The concern has been raised", "Agency challenged",
        "&lt;script&gt;alert(&#39;concern&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
    assertThat(body(chair, "/actions/" + actionA2.getId())).contains("Agency challenged");
    assertThat(body(chair, "/actions/" + actionB.getId())).doesNotContain("Agency challenged");
  }

  @Test
  void everyBadChallengeIsRefusedWith400NamingTheProblemAndNothingIsRaised() throws Exception {
    TestPlan other = TestPlan.plan().published("2026-01-15")
        .action("1", "Another review's recommendation", "Another review's action", "March 2027",
            TestPeople.ROLE_WITHOUT_HOLDER, agencyA);
    importPlan(other);
    Long otherReviewsAction = actionsOf(recommendationsOf(other).get(0)).get(0).getId();
    MockHttpSession chair = SignIn.session(mvc, TestPeople.CHAIR);
    Object[][] bad = {
        {"Concern.", "4", "12", "2026", new Long[] {actionA1.getId(), actionB.getId()},
            "Actions: a challenge is about one agency&#39;s actions; action " + actionB.getId() + " is " + agencyB},
        {"Concern.", "4", "12", "2026", new Long[] {actionA1.getId(), otherReviewsAction},
            "belongs to another review than " + reviewRef},
        {"Concern.", "4", "12", "2026", new Long[] {}, "Actions: tick at least one action"},
        {"Concern.", "30", "11", "2026", new Long[] {actionA1.getId()}, "Response date: 30 November 2026 is not in the future"},
        {"Concern.", "31", "2", "2027", new Long[] {actionA1.getId()}, "February 2027 has no day 31"},
        {"Concern.", "", "", "", new Long[] {actionA1.getId()}, "Response date: enter the date"},
        {"Concern.", "<script>x</script>", "1", "2027", new Long[] {actionA1.getId()}, "&lt;script&gt;x&lt;/script&gt;/1/2027&#39; is not a date"},
        {" ", "4", "12", "2026", new Long[] {actionA1.getId()}, "Concern: Write the concern"},
        {"x".repeat(4001), "4", "12", "2026", new Long[] {actionA1.getId()}, "Concern: it has 4001 characters; at most 4,000"}};
    for (Object[] row : bad) {
      String body = mvc.perform(raise(chair, (String) row[0], (String) row[1], (String) row[2], (String) row[3], (Long[]) row[4]))
          .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
      assertThat(body).as(String.valueOf(row[5])).contains("There is a problem", (String) row[5]).doesNotContain("<script>x");
    }
    mvc.perform(raise(chair, "Concern.", "4", "12", "2026", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/actions/987654321/challenges/new").session(chair)).andExpect(status().isNotFound());
    assertThat(count()).isZero();
    assertThat(historyKinds(actionA1)).isEmpty();
  }

  @Test
  void theApiRaisesForAChairAndRefusesAsThePageDoes() throws Exception {
    String json = "{\"concern\": \"Stalled.\", \"actionIds\": [%s], \"responseDate\": \"%s\", \"agency\": \"%s\"}";
    mvc.perform(api(TestPeople.BOARD, json.formatted(actionA1.getId(), "4/12/2026", agencyB))).andExpect(status().isForbidden());
    mvc.perform(api(TestPeople.OTHER_OWNER, json.formatted(actionA1.getId(), "4/12/2026", agencyB))).andExpect(status().isForbidden());
    mvc.perform(api(TestPeople.CHAIR, json.formatted(actionA1.getId() + "," + actionB.getId(), "4/12/2026", agencyA)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("actionIds"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("one agency's actions")));
    mvc.perform(api(TestPeople.CHAIR, json.formatted(actionA1.getId(), "1/1/2020", agencyA)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("responseDate"));
    mvc.perform(api(TestPeople.CHAIR, json.formatted("987654321", "4/12/2026", agencyA))).andExpect(status().isNotFound());
    assertThat(count()).isZero();

    mvc.perform(api(TestPeople.CHAIR, json.formatted(actionA1.getId(), "4/12/2026", agencyB)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.challengeId").isNumber());
    assertThat(jdbc.queryForObject("select agency from agency_challenge where review_id = ?", String.class, reviewId))
        .as("the agency comes from the actions, never from the body").isEqualTo(agencyA);
  }

  private MockHttpServletRequestBuilder raise(MockHttpSession session, String concern, String day, String month, String year,
      Long... actionIds) {
    MockHttpServletRequestBuilder request = post(actionPath() + "/challenges").session(session).with(csrf())
        .param("concern", concern).param("response-date-day", day).param("response-date-month", month)
        .param("response-date-year", year);
    for (Long id : actionIds) {
      request.param("actionIds", id.toString());
    }
    return request;
  }

  private MockHttpServletRequestBuilder api(String user, String json) {
    return post("/api/challenges").header("Authorization", SignIn.basic(user)).contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private String actionPath() {
    return "/actions/" + actionA1.getId();
  }

  private String newPage() {
    return actionPath() + "/challenges/new";
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from agency_challenge where review_id = ?", Integer.class, reviewId);
  }

  private String body(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
