package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reviewactions.plan.ImportResult.Outcome;
import org.reviewactions.plan.ImportResult.PreviewAction;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Import of real published plans, through the service, the REST API and the upload page. */
@AutoConfigureMockMvc
class ActionPlanImportTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private static byte[] fixture(String path) throws Exception {
    return PlanFixtures.resource(path).getContentAsByteArray();
  }

  private static String ref() {
    return "SCR-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private ImportResult importFixture(String ref, String path, String published, boolean dryRun) throws Exception {
    return importer.importPlan(new ImportCommand(ref, "SCR Test", "Test LSCB", published,
        path.substring(path.lastIndexOf('/') + 1), fixture(path), dryRun, "tester"));
  }

  private static Map<String, PreviewRecommendation> byNumber(ImportResult result) {
    return result.recommendations().stream().collect(Collectors.toMap(PreviewRecommendation::number, Function.identity()));
  }

  private int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  @Test
  void kingstonPlanPreviewsWithEveryTimescaleReadAndSavesNothing() throws Exception {
    int reviewsBefore = rows("review");
    ImportResult result = importFixture(ref(), PlanFixtures.KINGSTON_CSV, "2006-02-01", true);

    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(Outcome.PREVIEW);
    assertThat(result.recommendationCount()).isEqualTo(PlanFixtures.KINGSTON_RECOMMENDATIONS);
    assertThat(result.actionCount()).isEqualTo(PlanFixtures.KINGSTON_ACTIONS);
    Map<String, PreviewRecommendation> recs = byNumber(result);
    PreviewAction lscb1 = recs.get("LSCB 1").actions().get(0);
    assertThat(lscb1.startDate()).isEqualTo(LocalDate.of(2006, 3, 1));
    assertThat(lscb1.dueDate()).isEqualTo(LocalDate.of(2006, 9, 30));
    PreviewAction training = recs.get("LSCB 2").actions().get(0);
    assertThat(training.dueDate()).isEqualTo(LocalDate.of(2007, 3, 31));
    assertThat(training.reviewCadence()).isEqualTo("P3M");
    assertThat(training.needsConfirmation()).isFalse();
    PreviewAction audit = recs.get("3.3.9 ii").actions().get(0);
    assertThat(audit.startDate()).isEqualTo(LocalDate.of(2006, 1, 1));
    assertThat(audit.dueDate()).isNull();
    assertThat(recs.get("3.3.13").actions().get(0).needsConfirmation()).isTrue();
    assertThat(recs.get("3.3.13").actions().get(0).timescale()).isEqualTo("April – Sept 2006\nMay 2006\nAs above");
    assertThat(recs.get("3.6.2").actions().get(0).dueDate()).isEqualTo(LocalDate.of(2007, 3, 31));
    assertThat(recs.get("3.7.3").actions().get(0).timescale()).isEqualTo("Ongoing");
    assertThat(recs.get("3.7.3").actions().get(0).needsConfirmation()).isFalse();
    assertThat(recs.get("3.7.4").actions().get(0).dueDate()).isEqualTo(LocalDate.of(2006, 9, 30));
    assertThat(rows("review")).isEqualTo(reviewsBefore);
  }

  @Test
  void kingstonImportSavesEverythingAndStartsOneProcessPerRecommendation() throws Exception {
    String ref = ref();
    ImportResult result = importFixture(ref, PlanFixtures.KINGSTON_CSV, "2006-02-01", false);
    assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);

    assertThat(recommendations.forReview(ref)).hasSize(PlanFixtures.KINGSTON_RECOMMENDATIONS)
        .allSatisfy(r -> assertThat(r.getProcessInstanceId()).isNotNull());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RecommendationProcess.KEY)
        .processInstanceBusinessKeyLike(ref + "/%").count()).isEqualTo(PlanFixtures.KINGSTON_RECOMMENDATIONS);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(org.reviewactions.action.ActionProcess.KEY)
        .processInstanceBusinessKeyLike(ref + "/%").count()).isEqualTo(PlanFixtures.KINGSTON_ACTIONS);
    Recommendation hospital = recommendations.find(ref, "3.6.1");
    assertThat(actions.forRecommendation(hospital.getId())).hasSize(1)
        .allSatisfy(a -> assertThat(a.getAgency()).isEqualTo("Kingston Hospital"));
    assertThat(actions.progress(actions.forRecommendation(hospital.getId()).get(0).getId()))
        .allSatisfy(p -> assertThat(p.getAsAt()).isEqualTo(LocalDate.of(2006, 7, 1))).isNotEmpty();

    ImportResult again = importFixture(ref, PlanFixtures.KINGSTON_CSV, "2006-02-01", false);
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("already been imported"));
    assertThat(recommendations.forReview(ref)).hasSize(PlanFixtures.KINGSTON_RECOMMENDATIONS);
  }

  @Test
  void oxfordshireReadsTheSameFromXlsxAndCsvAndDatesComeFromTheActionText() throws Exception {
    ImportResult csv = importFixture(ref(), PlanFixtures.OXFORDSHIRE_CSV, "2011-06-01", true);
    ImportResult xlsx = importFixture(ref(), PlanFixtures.OXFORDSHIRE_XLSX, "2011-06-01", true);
    assertThat(csv.errors()).isEmpty();
    assertThat(xlsx.errors()).isEmpty();
    assertThat(csv.recommendationCount()).isEqualTo(10);
    assertThat(csv.actionCount()).isEqualTo(43);
    assertThat(xlsx.recommendations()).isEqualTo(csv.recommendations());
    PreviewAction audit = csv.recommendations().stream().flatMap(r -> r.actions().stream())
        .filter(a -> a.description().contains("comprehensive audit of safeguarding practice")).findFirst().orElseThrow();
    assertThat(audit.dueDate()).isEqualTo(LocalDate.of(2011, 10, 31));
    assertThat(audit.needsConfirmation()).isFalse();
    assertThat(audit.status()).isEqualTo("Completed");
    assertThat(byNumber(csv).get("1").actions()).hasSize(9);
  }

  @Test
  void badPlansAreRefusedWithRowAndColumnAndLeaveNoRows() throws Exception {
    int reviews = rows("review");
    int recs = rows("recommendation");
    int acts = rows("plan_action");
    ImportResult noResponsible = importFixture(ref(), "plans/bad-no-responsible.csv", "2013-03-16", false);
    assertThat(noResponsible.outcome()).isEqualTo(Outcome.INVALID);
    assertThat(noResponsible.errors()).anySatisfy(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("Responsible");
    });
    ImportResult missingColumn = importFixture(ref(), "plans/bad-missing-recommendation-column.csv", "2013-03-16", false);
    assertThat(missingColumn.errors()).anySatisfy(e -> assertThat(e.message()).containsIgnoringCase("Recommendation"));
    assertThat(importFixture(ref(), "plans/bad-unclosed-quote.csv", "2013-03-16", false).outcome()).isEqualTo(Outcome.INVALID);
    assertThat(importFixture(ref(), "plans/bad-conflicting-number.csv", "2013-03-16", false).outcome()).isEqualTo(Outcome.INVALID);
    ImportResult badDate = importFixture(ref(), PlanFixtures.KINGSTON_CSV, "2006-02-30", false);
    assertThat(badDate.errors()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("published"));
    ImportResult badRef = importFixture("SCR/../x", PlanFixtures.KINGSTON_CSV, "2006-02-01", false);
    assertThat(badRef.errors()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("reviewRef"));

    assertThat(rows("review")).isEqualTo(reviews);
    assertThat(rows("recommendation")).isEqualTo(recs);
    assertThat(rows("plan_action")).isEqualTo(acts);
  }

  private MockMultipartHttpServletRequestBuilder upload(String ref, byte[] file, String name, boolean dryRun) {
    return (MockMultipartHttpServletRequestBuilder) unsignedUpload(ref, file, name, dryRun)
        .header("Authorization", SignIn.basic(TestPeople.PLANNER));
  }

  private MockMultipartHttpServletRequestBuilder unsignedUpload(String ref, byte[] file, String name, boolean dryRun) {
    return (MockMultipartHttpServletRequestBuilder) multipart("/api/action-plans")
        .file(new MockMultipartFile("file", name, "text/csv", file))
        .param("reviewRef", ref).param("title", "SCR Baby A").param("board", "Kingston LSCB")
        .param("published", "2006-02-01").param("dryRun", String.valueOf(dryRun))
        // Kingston's agencies are new here, with no leads and roles no one holds.
        .param("acknowledge", "unreachable");
  }

  @Test
  void restApiPreviewsImportsAndRefusesWithTheRightStatus() throws Exception {
    String ref = ref();
    byte[] kingston = fixture(PlanFixtures.KINGSTON_CSV);
    mvc.perform(upload(ref, kingston, "kingston.csv", true)).andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendationCount").value(PlanFixtures.KINGSTON_RECOMMENDATIONS))
        .andExpect(jsonPath("$.recommendations[0].number").value("LSCB 1"))
        .andExpect(jsonPath("$.recommendations[0].actions[0].timescale").value("March – Sept 2006"))
        .andExpect(jsonPath("$.recommendations[0].actions[0].startDate").value("2006-03-01"))
        .andExpect(jsonPath("$.recommendations[0].actions[0].dueDate").value("2006-09-30"))
        .andExpect(jsonPath("$.recommendations[0].actions[0].needsConfirmation").value(false))
        .andExpect(jsonPath("$.recommendations[1].actions[0].reviewCadence").value("P3M"))
        .andExpect(jsonPath("$.errors").isEmpty());
    assertThat(recommendations.forReview(ref)).isEmpty();
    mvc.perform(upload(ref, kingston, "kingston.csv", false)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.actionCount").value(PlanFixtures.KINGSTON_ACTIONS));
    mvc.perform(upload(ref, kingston, "kingston.csv", false)).andExpect(status().isConflict());
    mvc.perform(upload(ref(), fixture("plans/bad-no-responsible.csv"), "bad.csv", false))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.outcome").value("INVALID"))
        .andExpect(jsonPath("$.detail").value(containsString("Row 3")))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("Responsible"))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    mvc.perform(upload(ref(), "not a plan".getBytes(StandardCharsets.UTF_8), "plan.pdf", false))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].message").isNotEmpty());
  }

  @Test
  void onlySignedInPlanManagersMayImport() throws Exception {
    // A wrong password delays that user's next sign-in (Camunda's brute-force guard), so it uses a user of its own.
    String ref = ref();
    String guessedAt = "guessed-" + ref.toLowerCase(java.util.Locale.ROOT);
    org.camunda.bpm.engine.identity.User user = identityService.newUser(guessedAt);
    user.setPassword(TestPeople.PASSWORD);
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
    byte[] kingston = fixture(PlanFixtures.KINGSTON_CSV);
    mvc.perform(unsignedUpload(ref, kingston, "kingston.csv", false)).andExpect(status().isUnauthorized());
    mvc.perform(unsignedUpload(ref, kingston, "kingston.csv", false).header("Authorization", SignIn.basic(TestPeople.OWNER)))
        .andExpect(status().isForbidden());
    mvc.perform(unsignedUpload(ref, kingston, "kingston.csv", false).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((guessedAt + ":wrong").getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/plans/import")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/sign-in"));
    mvc.perform(get("/plans/import").session(SignIn.session(mvc, TestPeople.OWNER))).andExpect(status().isForbidden());
    mvc.perform(get("/plans/import").session(SignIn.session(mvc, TestPeople.PLANNER))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Import a review")));
    assertThat(recommendations.forReview(ref)).isEmpty();
  }

  @Test
  void hostileTextIsKeptAsTextAndTheUploadPageEscapesIt() throws Exception {
    TestPlan plan = TestPlan.plan().action("1", "<script>alert('x')</script> ${7*7}", "<img src=x onerror=alert(1)>",
        "by March 2027", "Head of <b>Safeguarding</b>", agency);
    ImportResult preview = importer.importPlan(plan.command(true));
    assertThat(preview.recommendations().get(0).text()).isEqualTo("<script>alert('x')</script> ${7*7}");

    mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv()))
            .session(SignIn.session(mvc, TestPeople.PLANNER)).with(csrf())
            .param("reviewRef", plan.reviewRef()).param("title", "SCR <i>T</i>").param("board", "Test LSCB")
            .param("published", "2026-01-15"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ${7*7}")))
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))))
        .andExpect(content().string(not(containsString("<img src=x"))))
        .andExpect(content().string(containsString("Import this plan")));
  }
}
