package org.reviewactions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The indicator pages under attack: who may define indicators, what a definition or a figure may hold, who may open an
 * agency's submit page, and the board's chart of figures over the quarters.
 */
@AutoConfigureMockMvc
class IndicatorPagesTest extends IndicatorTestSupport {

  private static final String SCRIPT = "<script>alert('figure')</script>";

  @Autowired MockMvc mvc;

  private int indicatorCount() {
    return jdbc.queryForObject("select count(*) from indicator", Integer.class);
  }

  @Test
  void onlyPlanManagersMayDefineIndicatorsOnThePageOrThroughTheApi() throws Exception {
    int before = indicatorCount();
    for (String person : List.of(LEAD_A, TestPeople.BOARD, TestPeople.CHAIR)) {
      mvc.perform(get("/indicators").session(SignIn.session(mvc, person))).andExpect(status().isForbidden());
      mvc.perform(post("/indicators").session(SignIn.session(mvc, person)).with(csrf())
          .param("name", "Referrals").param("unit", "COUNT").param("agencies", agencyA)).andExpect(status().isForbidden());
      mvc.perform(post("/indicators/request").session(SignIn.session(mvc, person)).with(csrf())).andExpect(status().isForbidden());
      mvc.perform(apiPost(person, "{\"name\":\"Referrals\",\"unit\":\"COUNT\",\"agencies\":[\"" + agencyA + "\"]}"))
          .andExpect(status().isForbidden());
    }
    assertThat(indicatorCount()).isEqualTo(before);

    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/indicators").session(planner).with(csrf()).param("name", "Referrals to children's social care")
        .param("unit", "COUNT").param("agencies", agencyA).param("agencies", agencyB).param("target", "10"))
        .andExpect(redirectedUrl("/indicators?defined=1"));
    String page = mvc.perform(get("/indicators?defined=1").session(planner)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Referrals to children&#39;s social care", agencyA + ", " + agencyB, "name=\"_csrf\"");
    mvc.perform(apiPost(TestPeople.PLANNER, "{\"name\":\"Case audits on time\",\"unit\":\"PERCENTAGE\",\"agencies\":[\""
        + agencyA + "\"],\"target\":\"90\"}")).andExpect(status().isCreated());
    assertThat(indicatorCount()).isEqualTo(before + 2);
  }

  @Test
  void aBadDefinitionIsRefusedNamingEachFieldAndSavesNothing() throws Exception {
    int before = indicatorCount();
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String body = mvc.perform(post("/indicators").session(planner).with(csrf())
            .param("name", "=HYPERLINK(\"http://evil.example\",\"Click\")").param("unit", "${7*7}")
            .param("agencies", "No Such Agency").param("target", SCRIPT))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(body).contains("There is a problem", "Name: start with a letter or digit", "Unit: choose count, percentage or yes/no.",
        "Agencies: there is no agency of that name").doesNotContain("<script>alert");

    mvc.perform(apiPost(TestPeople.PLANNER, "{\"name\":\"Audits\",\"unit\":\"PERCENTAGE\",\"agencies\":[\"" + agencyA
        + "\"],\"target\":\"101\"}")).andExpect(status().isBadRequest())
        .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Target: a percentage is from 0 to 100."));
    mvc.perform(apiPost(TestPeople.PLANNER, "{\"name\":\"Audits\",\"unit\":\"COUNT\",\"agencies\":[\"" + agencyA
        + "\"],\"createdBy\":\"someone-else\"}")).andExpect(status().isBadRequest())
        .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("'createdBy' is not a field"));
    mvc.perform(apiPost(TestPeople.PLANNER, "{\"name\":\"Audits\",\"unit\":\"COUNT\",\"agencies\":\"" + agencyA + "\"}"))
        .andExpect(status().isBadRequest());
    assertThat(indicatorCount()).isEqualTo(before);
  }

  @Test
  void badFiguresAreRefusedWithAMessageNamingEachAndNothingIsSaved() throws Exception {
    Long count = define("Referrals", Unit.COUNT, null, agencyA);
    Long percentage = define("Audits on time", Unit.PERCENTAGE, "90", agencyA);
    Long yesNo = define("Audit held", Unit.YES_NO, null, agencyA);
    String pid = start("2033-Q1");
    Task task = taskOf(pid, agencyA);
    MockHttpSession lead = SignIn.session(mvc, LEAD_A);
    String[][] bad = {
        {"3", "101", "yes", "Audits on time: a percentage is from 0 to 100."},
        {"3", "-1", "no", "Audits on time: a percentage is from 0 to 100."},
        {"3", "abc", "no", "Audits on time: enter a percentage from 0 to 100, such as 87.5."},
        {"-3", "50", "no", "Referrals: a count cannot be negative; enter 0 or more."},
        {"2.5", "50", "no", "Referrals: enter a whole number of 0 or more, such as 12."},
        {SCRIPT, "=HYPERLINK(\"http://evil.example\")", "${7*7}", "Referrals: enter a whole number of 0 or more"},
        {"", "50", "maybe", "Referrals: enter a figure."}};
    for (String[] typed : bad) {
      String body = mvc.perform(post("/indicators/submit/" + task.getId()).session(lead).with(csrf())
              .param(field(count), typed[0]).param(field(percentage), typed[1]).param(field(yesNo), typed[2]))
          .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
      assertThat(body).contains("There is a problem", typed[3].replace("'", "&#39;")).doesNotContain("<script>alert");
    }
    String all = mvc.perform(post("/indicators/submit/" + task.getId()).session(lead).with(csrf())
            .param(field(count), SCRIPT).param(field(percentage), "=HYPERLINK(\"x\")").param(field(yesNo), "${7*7}"))
        .andReturn().getResponse().getContentAsString();
    assertThat(all).contains("Referrals: enter a whole number", "Audits on time: enter a percentage", "Audit held: choose yes or no.");
    assertThat(jdbc.queryForObject("select count(*) from indicator_figure where quarter = '2033-Q1'", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select status from indicator_submission where id = ?", String.class, submissionOf(task)))
        .isEqualTo("REQUESTED");
    assertThat(taskOf(pid, agencyA)).as("the task stays open").isNotNull();

    mvc.perform(post("/indicators/submit/" + task.getId()).session(lead).with(csrf())
            .param(field(count), "3").param(field(percentage), "92.5%").param(field(yesNo), "yes"))
        .andExpect(redirectedUrl("/indicators/trends?submitted=1"));
    assertThat(taskOf(pid, agencyA)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from indicator_figure where quarter = '2033-Q1'", Integer.class)).isEqualTo(3);
  }

  @Test
  void onlyTheTasksCandidatesMayOpenItsPageAndAFormWithOtherFieldsIsRefused() throws Exception {
    Long count = define("Referrals", Unit.COUNT, null, agencyA, agencyB);
    String pid = start("2033-Q2");
    Task taskA = taskOf(pid, agencyA);
    for (String person : List.of(LEAD_B, TestPeople.BOARD, TestPeople.CHAIR, TestPeople.OWNER)) {
      MockHttpSession other = SignIn.session(mvc, person);
      mvc.perform(get("/indicators/submit/" + taskA.getId()).session(other)).andExpect(status().isNotFound());
      mvc.perform(post("/indicators/submit/" + taskA.getId()).session(other).with(csrf()).param(field(count), "3"))
          .andExpect(status().isNotFound());
    }
    MockHttpSession lead = SignIn.session(mvc, LEAD_A);
    mvc.perform(get("/indicators/submit/not-a-task").session(lead)).andExpect(status().isNotFound());
    String page = mvc.perform(get("/indicators/submit/" + taskA.getId()).session(lead)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Submit quarterly indicators", agencyA, "2033-Q2", "name=\"" + field(count) + "\"", "name=\"_csrf\"");

    mvc.perform(post("/indicators/submit/" + taskA.getId()).session(lead).with(csrf()).param(field(count), "3")
        .param("submittedBy", "someone-else")).andExpect(status().isBadRequest());
    mvc.perform(post("/indicators/submit/" + taskA.getId()).session(lead).param(field(count), "3"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("select count(*) from indicator_figure where quarter = '2033-Q2'", Integer.class)).isZero();
    assertThat(taskOf(pid, agencyA)).isNotNull();
  }

  @Test
  void figuresSubmittedForTwoQuartersShowAsAChartWithALinePerAgencyAndTheTargetLine() throws Exception {
    Long referrals = define("Referrals charted", Unit.COUNT, "10", agencyA, agencyB);
    for (String[] quarter : new String[][] {{"2034-Q1", "4", "12"}, {"2034-Q2", "8", "11"}}) {
      String pid = start(quarter[0]);
      submitAs(LEAD_A, taskOf(pid, agencyA), Map.of(field(referrals), quarter[1]));
      submitAs(LEAD_B, taskOf(pid, agencyB), Map.of(field(referrals), quarter[2]));
    }
    String board = chartOf(TestPeople.BOARD, referrals);
    assertThat(count(board, "<path")).isEqualTo(2);
    assertThat(board).contains("class=\"rat-target\"", "stroke-dasharray", "Target 10", agencyA, agencyB, "2034-Q1", "2034-Q2");
    assertThat(board).containsPattern("<path[^>]* d=\"M\\d+ \\d+ L\\d+ \\d+\"");
    assertThat(board).contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">4</td>",
        "<td class=\"govuk-table__cell govuk-table__cell--numeric\">11</td>");

    String own = chartOf(LEAD_A, referrals);
    assertThat(count(own, "<path")).isEqualTo(1);
    assertThat(own).contains(agencyA).doesNotContain(agencyB);
    String outsider = mvc.perform(get("/indicators/trends").session(SignIn.session(mvc, TestPeople.OTHER_OWNER)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(outsider).doesNotContain("indicator-" + referrals);
    assertThat(AgencyGroups.leadsGroup(agencyA)).isNotBlank();
  }

  private String chartOf(String person, Long indicatorId) throws Exception {
    String page = mvc.perform(get("/indicators/trends").session(SignIn.session(mvc, person))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    int start = page.indexOf("id=\"indicator-" + indicatorId + "\"");
    assertThat(start).as("the indicator's section").isPositive();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static MockHttpServletRequestBuilder apiPost(String person, String json) {
    return post("/api/indicators").header("Authorization", SignIn.basic(person)).contentType(MediaType.APPLICATION_JSON).content(json);
  }
}
