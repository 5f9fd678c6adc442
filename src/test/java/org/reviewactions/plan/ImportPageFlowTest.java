package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

/** The upload page holds the previewed file on the server under a token, and the plan manager maps unknown headings. */
@AutoConfigureMockMvc
class ImportPageFlowTest extends ProcessTestSupport {

  private static final String SECOND_PLANNER = "planner2";
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");
  private static final String UNKNOWN_HEADINGS = "Learning,Next step,Named contact,Date\n"
      + "Share the summary,Brief staff,Head of Service,March 2027\n"
      + "Train staff,Run a course,Trainer,June 2027\n";

  @Autowired MockMvc mvc;

  @BeforeEach
  void secondPlanManager() {
    if (identityService.createUserQuery().userId(SECOND_PLANNER).count() == 0) {
      User user = identityService.newUser(SECOND_PLANNER);
      user.setFirstName("Petra");
      user.setLastName("Planner");
      user.setEmail(SECOND_PLANNER + "@example.org");
      user.setPassword(TestPeople.PASSWORD);
      ((IdentityServiceImpl) identityService).saveUser(user, true);
      identityService.createMembership(SECOND_PLANNER, "plan-managers");
    }
  }

  private static String ref() {
    return "SCR-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private MockHttpServletRequestBuilder upload(MockHttpSession session, String ref, String name, byte[] file) {
    return multipart("/plans/import").file(new MockMultipartFile("file", name, "text/csv", file))
        .session(session).with(csrf())
        .param("reviewRef", ref).param("title", "SCR Baby A").param("board", "Kingston LSCB").param("published", "2006-02-01");
  }

  private MockHttpServletRequestBuilder confirm(MockHttpSession session, String token) {
    // The plans' agencies are new, with no leads and roles no one holds: acknowledged, as the page asks.
    return post("/plans/import").session(session).with(csrf()).param("confirm", "true").param("token", token)
        .param("acknowledge", "unreachable");
  }

  private static String token(MvcResult result) throws Exception {
    Matcher m = TOKEN.matcher(result.getResponse().getContentAsString());
    assertThat(m.find()).as("the page holds the plan under a token").isTrue();
    return m.group(1);
  }

  @Test
  void thePreviewedFileStaysOnTheServerAndIsImportedByItsToken() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String ref = ref();
    MvcResult preview = mvc.perform(upload(planner, ref, "kingston.csv",
            PlanFixtures.resource(PlanFixtures.KINGSTON_CSV).getContentAsByteArray()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(PlanFixtures.KINGSTON_RECOMMENDATIONS + " recommendations, "
            + PlanFixtures.KINGSTON_ACTIONS + " actions")))
        .andExpect(content().string(containsString("30 September 2006")))
        .andExpect(content().string(containsString("every 3 months")))
        .andExpect(content().string(containsString("To confirm: ")))
        .andExpect(content().string(not(containsString("fileContent"))))
        .andReturn();
    // Not in the words shown; the random CSRF and preview tokens in hidden fields may contain any letters.
    assertThat(preview.getResponse().getContentAsString().replaceAll("value=\"[^\"]*\"", "")).doesNotContain("P3M");
    String token = token(preview);

    mvc.perform(confirm(planner, token)).andExpect(status().isCreated())
        .andExpect(content().string(containsString("Imported " + ref + ": " + PlanFixtures.KINGSTON_RECOMMENDATIONS
            + " recommendations, " + PlanFixtures.KINGSTON_ACTIONS + " actions.")));
    assertThat(recommendations.forReview(ref)).hasSize(PlanFixtures.KINGSTON_RECOMMENDATIONS);

    mvc.perform(confirm(planner, token)).andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This preview is no longer held")));
  }

  @Test
  void anotherPlanManagersTokenOrAForgedOneIsRefusedAndSavesNothing() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    MockHttpSession other = SignIn.session(mvc, SECOND_PLANNER);
    String ref = ref();
    String token = token(mvc.perform(upload(planner, ref, "plan.csv", UNKNOWN_HEADINGS.replace("Learning", "Recommendation")
        .replace("Named contact", "Responsible").getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk()).andReturn());

    mvc.perform(confirm(other, token)).andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("for the plan manager who uploaded the file only")));
    mvc.perform(post("/plans/import").session(other).with(csrf()).param("token", token)
            .param("mapping", "Recommendation:recommendation"))
        .andExpect(status().isBadRequest());
    mvc.perform(confirm(planner, "A".repeat(43))).andExpect(status().isBadRequest());
    mvc.perform(confirm(planner, "../../etc/passwd")).andExpect(status().isBadRequest());
    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true"))
        .andExpect(status().isBadRequest());
    assertThat(recommendations.forReview(ref)).isEmpty();

    mvc.perform(confirm(planner, token)).andExpect(status().isCreated());
    assertThat(recommendations.forReview(ref)).hasSize(2);
  }

  @Test
  void thePreviewShowsSectionsAndSaysWhichOfTwoHeadingsWasRead() throws Exception {
    byte[] plan = ("Recommendation,Action,Lead,Lead officer,By when\n"
        + "Section B: Police,,,,\n"
        + "Brief the referral sergeants,Briefing,Police,Detective Inspector,31/03/2027\n"
        + ",Audit,Police,Detective Inspector,ongoing\n").getBytes(StandardCharsets.UTF_8);

    mvc.perform(upload(SignIn.session(mvc, TestPeople.PLANNER), ref(), "plan.csv", plan))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 recommendation, 2 actions (0 actions with dates to confirm)")))
        .andExpect(content().string(containsString("<strong>Section B: Police</strong>")))
        .andExpect(content().string(containsString("&quot;Lead officer&quot; is the closer match")))
        .andExpect(content().string(containsString("Change how the columns are read")))
        .andExpect(content().string(containsString("31 March 2027")));
  }

  @Test
  void eachRefusedFieldIsLinkedFromTheErrorSummaryAndMarkedBesideTheField() throws Exception {
    String page = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "plan.csv", "text/csv", new byte[0]))
            .session(SignIn.session(mvc, TestPeople.PLANNER)).with(csrf())
            .param("reviewRef", "").param("title", "SCR Baby A").param("board", "Kingston LSCB").param("published", "31/2/2026"))
        .andExpect(status().isUnprocessableEntity())
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("<title>Error: Import an action plan")
        .contains("class=\"govuk-error-summary\"")
        .contains("<a href=\"#reviewRef\">Give the review a reference")
        .contains("<a href=\"#published\">&#39;31/2/2026&#39; is not a date")
        .contains("<a href=\"#file\">No file was uploaded")
        .contains("id=\"reviewRef-error\"").contains("id=\"published-error\"").contains("id=\"file-error\"")
        .contains("aria-describedby=\"reviewRef-hint reviewRef-error\"")
        .doesNotContain("id=\"title-error\"").doesNotContain("id=\"board-error\"");
  }

  @Test
  void aPlanWithoutAPlanTableIsRefusedBesideTheFileWithItsProblemsInTheSummary() throws Exception {
    String page = mvc.perform(upload(SignIn.session(mvc, TestPeople.PLANNER), ref(), "minutes.csv",
            "Minutes of the board\nApologies were received\n".getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableEntity())
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("<a href=\"#file\">No header row found")
        .contains("1 problem in the plan, listed at the top of the page")
        .doesNotContain("id=\"reviewRef-error\"");
  }

  @Test
  void aPlanWhoseHeadingsAreNotRecognisedLinksItsProblemToTheColumnChoicesNotToANewFile() throws Exception {
    String page = mvc.perform(upload(SignIn.session(mvc, TestPeople.PLANNER), ref(), "plan.csv",
            UNKNOWN_HEADINGS.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableEntity())
        .andReturn().getResponse().getContentAsString();

    assertThat(page).containsPattern("<a href=\"#column-0\">Row 1: No Recommendation column")
        .contains("id=\"column-0\"").contains("<details class=\"govuk-details\" id=\"mapping\" open")
        .doesNotContain("problem in the plan");
  }

  @Test
  void hostileHeadingsAreShownAsTextInTheColumnChoices() throws Exception {
    byte[] plan = ("\"<script>alert(1)</script>\",\"\"\"><img src=x onerror=alert(2)>\",Who\n"
        + "Share the summary,Brief staff,Head of Service\n").getBytes(StandardCharsets.UTF_8);

    mvc.perform(upload(SignIn.session(mvc, TestPeople.PLANNER), ref(), "plan.csv", plan))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))))
        .andExpect(content().string(not(containsString("<img src=x"))));
  }

  @Test
  void confirmingNeedsTheFormsCsrfToken() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/plans/import").session(planner).param("confirm", "true").param("token", "A".repeat(43)))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePlanManagerMapsHeadingsTheTrackerDoesNotRecogniseThenImports() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String ref = ref();
    MvcResult unread = mvc.perform(upload(planner, ref, "plan.csv", UNKNOWN_HEADINGS.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("No Recommendation column")))
        .andExpect(content().string(containsString("Choose what each column holds")))
        .andExpect(content().string(containsString("value=\"Learning:recommendation\"")))
        .andReturn();
    String token = token(unread);

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("token", token)
            .param("mapping", "Learning:boss"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("names the field &quot;boss&quot;, which does not exist")));

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("token", token)
            .param("mapping", "Learning:recommendation", "Next step:action", "Named contact:responsible", "Date:timescale"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2 recommendations, 2 actions (0 actions with dates to confirm)")))
        .andExpect(content().string(containsString("31 March 2027")))
        .andExpect(content().string(containsString("Import this plan")));

    mvc.perform(confirm(planner, token)).andExpect(status().isCreated());
    assertThat(recommendations.forReview(ref)).extracting(r -> r.getText())
        .containsExactly("Share the summary", "Train staff");
  }

  @Test
  void theApiTakesTheSameMappingAndRefusesABadOneWith400NamingIt() throws Exception {
    byte[] plan = UNKNOWN_HEADINGS.getBytes(StandardCharsets.UTF_8);
    mvc.perform(api(plan).param("mapping", "Learning:recommendation", "Named contact:responsible"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendationCount").value(2))
        .andExpect(jsonPath("$.actionCount").value(2))
        .andExpect(jsonPath("$.recommendations[0].actions[0].dueDate").value("2027-03-31"))
        .andExpect(jsonPath("$.columns[0].heading").value("Learning"))
        .andExpect(jsonPath("$.columns[0].field").value("recommendation"));
    mvc.perform(api(plan)).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.columns[0].heading").value("Learning"))
        .andExpect(jsonPath("$.columns[0].field").doesNotExist());
    mvc.perform(api(plan).param("mapping", "Learning:boss")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.outcome").value("BAD_MAPPING"))
        .andExpect(jsonPath("$.errors[0].column").value("mapping"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("\"boss\"")));
    mvc.perform(api(plan).param("mapping", "Owner:recommendation")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("\"Owner\" is not in the sheet's header row")));
    mvc.perform(api(plan).param("mapping", "Learning:recommendation", "Next step:recommendation"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("both mapped to recommendation")));
  }

  private MockHttpServletRequestBuilder api(byte[] plan) {
    return multipart("/api/action-plans").file(new MockMultipartFile("file", "plan.csv", "text/csv", plan))
        .header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .param("reviewRef", ref()).param("title", "SCR Test").param("board", "Test LSCB")
        .param("published", "2026-01-15").param("dryRun", "true");
  }

  @Test
  void aFiveMegabytePlanImportsThroughThePage() throws Exception {
    String plan = fiveMegabytePlan();
    byte[] bytes = plan.getBytes(StandardCharsets.UTF_8);
    long max = DataSize.ofMegabytes(5).toBytes();
    assertThat((long) bytes.length).isBetween(max - 100_000, max);
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String ref = ref();

    String token = token(mvc.perform(upload(planner, ref, "large.csv", bytes)).andExpect(status().isOk()).andReturn());
    mvc.perform(confirm(planner, token)).andExpect(status().isCreated());

    assertThat(recommendations.forReview(ref)).hasSize((int) plan.lines().count() - 1);
  }

  /**
   * Recommendations written out at length with long progress notes, and a notes column the import does not
   * read, as some boards keep: rows up to just under the 5 MB limit.
   */
  private static String fiveMegabytePlan() {
    StringBuilder csv = new StringBuilder("Rec No,Recommendation,What will be done,Officer accountable,Completion by,"
        + "Progress to date,Notes\n");
    String words = "Practitioners share what they know about the family with every agency involved. ";
    String text = words.repeat(3_900 / words.length());
    String progress = words.repeat(19_000 / words.length());
    String notes = words.repeat(30_000 / words.length());
    long max = DataSize.ofMegabytes(5).toBytes();
    for (int i = 1; ; i++) {
      String row = i + ",\"" + text + "\",\"" + text + "\",Head of Service,31/03/2027,\"" + progress + "\",\""
          + notes + "\"\n";
      if (csv.length() + row.length() > max) {
        String last = i + ",\"" + text + "\",Brief staff,Head of Service,31/03/2027,,\""
            + notes.substring(0, Math.max(0, (int) (max - csv.length()) - text.length() - 200)) + "\"\n";
        return csv.append(last).toString();
      }
      csv.append(row);
    }
  }
}
