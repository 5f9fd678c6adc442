package org.reviewactions.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reviewactions.plan.ImportResult.Outcome;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Every refusal of an import is a 4xx naming the problem, and leaves nothing behind. */
@AutoConfigureMockMvc
class ImportRefusalsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private long rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private List<Long> everything() {
    return List.of(rows("review"), rows("recommendation"), rows("plan_action"), rows("progress_update"),
        rows("responsible_role"), runtimeService.createProcessInstanceQuery().count());
  }

  private ImportResult refusedLeavingNothing(ImportCommand command, Outcome outcome, Consumer<ImportError> error) {
    List<Long> before = everything();
    ImportResult result = importer.importPlan(command);
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.errors()).singleElement().satisfies(error);
    assertThat(everything()).isEqualTo(before);
    return result;
  }

  private static ImportCommand command(String ref, String published, String fileName, byte[] content) {
    return new ImportCommand(ref, "SCR Limits", "Test LSCB", published, fileName, content, false, "tester");
  }

  @Test
  void aFileOverTheImportsOwnLimitIsRefusedWith413NamingTheLimitWithoutBeingRead() throws Exception {
    byte[] sixMegabytes = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(sixMegabytes, (byte) 'a');

    mvc.perform(multipart("/api/action-plans")
            .file(new MockMultipartFile("file", "huge.csv", "text/csv", sixMegabytes))
            .param("reviewRef", "SCR-HUGE").param("title", "SCR Huge").param("board", "Test LSCB")
            .param("published", "2020-01-01")
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.outcome").value("TOO_LARGE"))
        .andExpect(jsonPath("$.errors[0].message", containsString("6 MB")))
        .andExpect(jsonPath("$.errors[0].message", containsString("at most 5 MB (rat.import.max-file-size)")));
    assertThat(importer.reviewExists("SCR-HUGE")).isFalse();
  }

  @Test
  void aTenThousandRowPlanIsRefusedAt422NamingTheRowLimitAndNothingIsSaved() throws Exception {
    mvc.perform(multipart("/api/action-plans")
            .file(new MockMultipartFile("file", "ten-thousand.xlsx", "application/octet-stream", LargePlans.xlsx(10_000)))
            .param("reviewRef", "SCR-10K").param("title", "SCR Ten thousand").param("board", "Test LSCB")
            .param("published", "2020-01-01")
            .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].message", containsString("more than 1,000 rows")))
        .andExpect(jsonPath("$.errors[0].message", containsString("rat.import.max-rows")));
    refusedLeavingNothing(command("SCR-10K-CSV", "2020-01-01", "big.csv", LargePlans.csv(10_000)), Outcome.INVALID,
        e -> assertThat(e.message()).contains("rat.import.max-rows"));
  }

  @ParameterizedTest(name = "{0} longer than {1}")
  @CsvSource({
      "Rec No, 100", "Recommendation, 20000", "Intended outcome, 20000", "Action, 20000", "Timescale, 2000",
      "Responsible, 300", "Agency, 240", "Status, 300", "Progress, 19900"})
  void aCellLongerThanItsColumnIsRefusedNamingRowColumnAndLimitBeforeTheDatabaseSeesIt(String column, int limit) {
    String header = "Rec No,Recommendation,Intended outcome,Action,Timescale,Responsible,Agency,Status,Progress";
    List<String> cells = new java.util.ArrayList<>(List.of("1", "Share the referral", "Safer referrals",
        "Audit referrals", "by March 2027", "Head of Service", agency, "Not started", "None yet"));
    int index = List.of(header.split(",")).indexOf(column);
    cells.set(index, "x".repeat(limit + 1));
    String csv = header + "\n" + String.join(",", cells) + "\n";

    refusedLeavingNothing(command("SCR-LEN-" + index, "2020-01-01", "long.csv", csv.getBytes()), Outcome.INVALID, e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.message()).contains(TableCollector.number(limit + 1)).contains("at most " + TableCollector.number(limit));
    });
  }

  @Test
  void aCellAtItsColumnsLimitImports() {
    TestPlan plan = TestPlan.plan().action("1", "Share the referral", "Audit", "by March 2026", "Head of Service",
        "A".repeat(FieldLengths.AGENCY));
    assertThat(importer.importPlan(plan.command(false)).outcome()).isEqualTo(Outcome.IMPORTED);
  }

  @Test
  void textsAtTheirLimitsImportAndTheirTasksAreCreated() {
    // Each text is also a task's display variable, shortened to the engine's 4,000-character column (TaskContext.fit).
    String csv = "Rec No,Recommendation,Intended outcome,Action,Timescale,Responsible,Agency,Progress\n1,"
        + "R".repeat(FieldLengths.TEXT) + "," + "O".repeat(FieldLengths.TEXT) + "," + "A".repeat(FieldLengths.TEXT)
        + ",by March 2027,Head of Service," + agency + "," + "P".repeat(FieldLengths.PROGRESS) + "\n";

    ImportResult result = importer.importPlan(command("SCR-LIMITS", "2026-01-15", "long.csv", csv.getBytes()));

    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
  }

  @Test
  void theLongestTitleAndTextsThePlanAllowsStillCreateTheirTasksWithTheTextsShortenedOnlyForDisplay() {
    // Task names (255) and task-local text variables (4,000) are shorter than the plan's own columns.
    String csv = "Rec No,Recommendation,Intended outcome,Action,Timescale,Responsible,Agency\n1,"
        + "R".repeat(FieldLengths.TEXT) + "," + "O".repeat(FieldLengths.TEXT) + "," + "A".repeat(FieldLengths.TEXT)
        + ",by March 2027,Head of Nobody Yet," + agency + "\n";
    ImportCommand longTitle = new ImportCommand("SCR-LONG-TITLE", "T".repeat(FieldLengths.TITLE), "Test LSCB",
        "2026-01-15", "long.csv", csv.getBytes(), false, "tester");

    ImportResult result = importer.importPlan(longTitle);

    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery()
        .processInstanceBusinessKeyLike("SCR-LONG-TITLE/%").singleResult();
    assertThat(task).as("the action's first task").isNotNull();
    assertThat(task.getName()).hasSizeLessThanOrEqualTo(255);
    String shown = (String) formValue(task.getId(), org.reviewactions.action.TaskContext.RECOMMENDATION_TEXT);
    assertThat(shown).hasSizeLessThanOrEqualTo(4_000).startsWith("RRRR").contains("shortened");
    // The review stays a task variable (the task list's column), so it fits the engine's column.
    assertThat((String) taskService.getVariableLocal(task.getId(), org.reviewactions.action.TaskContext.REVIEW))
        .hasSizeLessThanOrEqualTo(4_000).startsWith("TTTT");
  }

  @Test
  void anAgencyWithoutLettersIsRefusedNamingTheRow() {
    TestPlan plan = TestPlan.plan().action("1", "Share the referral", "Audit", "by March 2026", "Head of Service", "***");
    refusedLeavingNothing(plan.command(false), Outcome.INVALID, e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("Agency");
    });
  }

  @Test
  void aLongFileNameOrBoardIsRefusedNamingTheField() {
    byte[] csv = TestPlan.plan().action("1", "Rec", "Audit", "by 2026", "Head", agency).csv();
    refusedLeavingNothing(command("SCR-NAME", "2020-01-01", "n".repeat(300) + ".csv", csv), Outcome.INVALID,
        e -> assertThat(e.column()).isEqualTo("file"));
    refusedLeavingNothing(new ImportCommand("SCR-BOARD", "SCR", "B".repeat(241), "2020-01-01", "p.csv", csv, false, "t"),
        Outcome.INVALID, e -> assertThat(e.column()).isEqualTo("board"));
  }

  @Test
  void aReferenceDifferingOnlyInCapitalsIsTheSameReview() {
    TestPlan plan = TestPlan.plan().action("1", "Rec", "Audit the referrals", "by March 2026", "Head of Service", agency);
    String upper = "T-LATIN1-" + plan.reviewRef().toUpperCase();
    ImportCommand first = new ImportCommand(upper, "SCR", "Test LSCB", "2020-01-01", "p.csv", plan.csv(), false, "t");
    assertThat(importer.importPlan(first).outcome()).isEqualTo(Outcome.IMPORTED);

    ImportCommand lower = new ImportCommand(upper.toLowerCase(), "SCR", "Test LSCB", "2020-01-01", "p.csv", plan.csv(),
        false, "t");
    refusedLeavingNothing(lower, Outcome.DUPLICATE, e -> assertThat(e.message()).contains("already been imported"));
    assertThat(importer.importPlan(new ImportCommand(upper.toLowerCase(), "SCR", "Test LSCB", "2020-01-01", "p.csv",
        plan.csv(), true, "t")).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(importer.reviewExists(upper.toLowerCase())).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"-999999999-01-01", "+999999999-12-31", "1989-12-31", "31/12/1989", "2046-11-01"})
  void aPublicationDateOutside1990ToTenYearsAheadIsRefusedNamingTheField(String published) {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-01-15T10:00:00Z")));
    byte[] csv = TestPlan.plan().action("1", "Rec", "Audit", "by March 2026", "Head", agency).csv();
    refusedLeavingNothing(command("SCR-DATE", published, "p.csv", csv), Outcome.INVALID, e -> {
      assertThat(e.column()).isEqualTo("published");
      assertThat(e.message()).contains("1 January 1990").contains("15 January 2036");
    });
  }

  @ParameterizedTest
  @CsvSource({"1990-01-01, 1990-01-01", "01/01/1990, 1990-01-01", "30/9/2013, 2013-09-30", "15/01/2036, 2036-01-15"})
  void publicationDatesAreReadAsIsoOrBritishDayMonthYear(String written, LocalDate expected) {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-01-15T10:00:00Z")));
    TestPlan plan = TestPlan.plan().action("1", "Rec", "Audit", "within 3 months of publication", "Head", agency);
    ImportResult result = importer.importPlan(command(plan.reviewRef(), written, "p.csv", plan.csv()));

    assertThat(result.errors()).isEmpty();
    assertThat(result.recommendations().get(0).actions().get(0).dueDate()).isAfter(expected);
  }

  @Test
  void theUploadPageAnswersARefusalWithItsStatusAndShowsWhy() throws Exception {
    mvc.perform(multipart("/plans/import")
            .file(new MockMultipartFile("file", "p.csv", "text/csv", TestPlan.plan().action("1", "Rec", "Audit", "by 2026",
                "Head", agency).csv()))
            .param("reviewRef", "SCR-PAGE").param("title", "SCR Page").param("board", "Test LSCB")
            .param("published", "-999999999-01-01")
            .session(SignIn.session(mvc, TestPeople.PLANNER)).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .string(containsString("1 January 1990")));
  }

  @Test
  void aDateThatIsNotADateIsRefusedShowingBothForms() {
    byte[] csv = TestPlan.plan().action("1", "Rec", "Audit", "by 2026", "Head", agency).csv();
    refusedLeavingNothing(command("SCR-BAD-DATE", "09/30/2013", "p.csv", csv), Outcome.INVALID, e -> {
      assertThat(e.column()).isEqualTo("published");
      assertThat(e.message()).contains("DD/MM/YYYY").contains("YYYY-MM-DD");
    });
  }
}
