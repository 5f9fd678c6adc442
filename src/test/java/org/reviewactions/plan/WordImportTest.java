package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.header;
import static org.reviewactions.plan.WordDocs.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reviewactions.plan.ImportResult.Outcome;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A plan the board wrote in Word, through the REST API, the upload page and the service. */
@AutoConfigureMockMvc
class WordImportTest extends ProcessTestSupport {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private static String ref() {
    return "SCR-W-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static MockMultipartHttpServletRequestBuilder upload(String path, String fileName, byte[] content, String ref) {
    MockMultipartHttpServletRequestBuilder request = multipart(path);
    request.file(new MockMultipartFile("file", fileName, DOCX, content));
    request.param("reviewRef", ref).param("title", "SCR Baby A").param("board", "Kingston LSCB").param("published", "2006-02-01");
    return request;
  }

  private List<Long> everything() {
    return List.of(count("review"), count("recommendation"), count("plan_action"), count("progress_update"),
        runtimeService.createProcessInstanceQuery().count());
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  @Test
  void theKingstonWordPlanPreviewsOverTheApiWithNotesOnHowItWasRead() throws Exception {
    List<Long> before = everything();

    mvc.perform(upload("/api/action-plans", "kingston-baby-a.docx", WordSeedPlans.kingstonBabyA(), ref())
            .param("dryRun", "true").header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("PREVIEW"))
        .andExpect(jsonPath("$.recommendationCount").value(33))
        .andExpect(jsonPath("$.actionCount").value(36))
        .andExpect(jsonPath("$.recommendations[3].actions[0].description").value("ISA operational with necessary flagging option"))
        .andExpect(jsonPath("$.recommendations[3].actions[0].dueDate").value("2006-05-31"))
        .andExpect(jsonPath("$.recommendations[3].actions[1].description").value("Information shared"))
        .andExpect(jsonPath("$.recommendations[3].actions[1].dueDate").value("2006-03-31"))
        .andExpect(jsonPath("$.recommendations[3].actions[1].responsible")
            .value("Directorate Head of Children's Services and Safeguarding"))
        .andExpect(jsonPath("$.notes", hasItem(containsString("the heading \"Police\" names the agency"))))
        .andExpect(jsonPath("$.notes", hasItem(containsString("refers to the action of recommendation 3.3.9 v"))));
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void importingTheKingstonWordPlanDatesItsProgressAsAtTheHeadingsDate() {
    String ref = ref();
    ImportResult result = importer.importPlan(new ImportCommand(ref, "SCR Baby A", "Kingston LSCB", "2006-02-01",
        "kingston-baby-a.docx", WordSeedPlans.kingstonBabyA(), false, "tester"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
    Recommendation police = recommendations.find(ref, "3.5.2");
    assertThat(actions.forRecommendation(police.getId())).singleElement()
        .satisfies(a -> assertThat(a.getAgency()).isEqualTo("Police"));
    assertThat(actions.progress(actions.forRecommendation(police.getId()).get(0).getId()))
        .singleElement().satisfies(p -> assertThat(p.getAsAt()).isEqualTo(LocalDate.of(2006, 7, 1)));
  }

  @Test
  void aDocumentWithoutAPlanTableIsA422SayingSoAndSavesNothing() throws Exception {
    byte[] minutes = doc().p("Minutes of the LSCB meeting").table(header("Member", "Agency represented"),
        row(c("Duncan Clark"), c("Chair"))).bytes();
    List<Long> before = everything();

    mvc.perform(upload("/api/action-plans", "minutes.docx", minutes, ref())
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].message", containsString("No action plan table found")))
        .andExpect(jsonPath("$.errors[0].message", containsString("none of them headed as a plan")));
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aMacroEnabledDocumentIsA422NamingItAndSavesNothing() throws Exception {
    List<Long> before = everything();
    byte[] plan = doc().table(header("Recommendation", "Action", "Timescale", "Responsible"),
        row(c("1.1 Share."), c("Shared"), c("May 2006"), c("Head of Service"))).bytes();

    mvc.perform(upload("/api/action-plans", "plan.docm", plan, ref()).header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].message", containsString("macro-enabled Word document (.docm")));
    mvc.perform(upload("/api/action-plans", "plan.docx", WordDocsHostile.declaredMacroEnabled(plan), ref())
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].message", containsString("macro-enabled")));
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aPasswordProtectedARenamedWord97OrAnInflatingDocumentIsA422NamingTheProblemAndSavesNothing() throws Exception {
    List<Long> before = everything();
    byte[] plan = doc().table(header("Recommendation", "Action", "Timescale", "Responsible"),
        row(c("1.1 Share."), c("Shared"), c("May 2006"), c("Head of Service"))).bytes();
    Map<byte[], String> refusals = new java.util.LinkedHashMap<>();
    refusals.put(WordDocsHostile.passwordProtected(plan, "secret"), "is password-protected (encrypted)");
    refusals.put(WordDocsHostile.word97(), "is a Word 97-2003 document (.doc) named .docx");
    refusals.put(WordDocsHostile.inflating(60), "possible zip bombs");

    for (Map.Entry<byte[], String> refusal : refusals.entrySet()) {
      mvc.perform(upload("/api/action-plans", "plan.docx", refusal.getKey(), ref())
              .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.errors[0].message", containsString(refusal.getValue())));
    }
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void hostileTextInAWordCellIsShownAsTextOnTheUploadPage() throws Exception {
    byte[] plan = doc().table(header("Recommendation", "Action", "Timescale", "Responsible"),
        row(WordDocs.headed("<b onmouseover=alert(2)>Police</b>", "1.1 <script>alert('x')</script>"),
            c("<img src=x onerror=alert(1)>"), c("May 2006"), c("Head of Service"))).bytes();

    mvc.perform(upload("/plans/import", "plan.docx", plan, ref()).session(SignIn.session(mvc, TestPeople.PLANNER)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
        .andExpect(content().string(containsString("the heading &quot;&lt;b onmouseover=alert(2)&gt;Police&lt;/b&gt;&quot;")))
        .andExpect(content().string(not(containsString("<script>alert"))))
        .andExpect(content().string(not(containsString("<img src=x"))))
        .andExpect(content().string(not(containsString("<b onmouseover"))))
        .andExpect(content().string(containsString("Import this plan")));
  }
}
