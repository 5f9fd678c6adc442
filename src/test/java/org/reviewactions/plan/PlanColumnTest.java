package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.PlanTestFiles.readCsv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headings are recognised by their words, in the many ways boards word them. */
class PlanColumnTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
    // Headings of the published plans in the seeds.
    "Rec No.|REC_NUMBER", "RECOMMENDATION|RECOMMENDATION", "IMR Agency|AGENCY", "Projected Outcome|INTENDED_OUTCOME",
    "INTENDED OUTCOME|INTENDED_OUTCOME", "SURGERY SPECIFIC RECOMMENDATION|RECOMMENDATION", "TIMESCALE|TIMESCALE",
    "RESPONSIBLE|RESPONSIBLE", "PROGRESS AS AT 1.7.06|PROGRESS", "Status|STATUS", "Overview recommendation|RECOMMENDATION",
    // Recommendation number and text.
    "Recommendation No.|REC_NUMBER", "Ref.|REC_NUMBER", "No|REC_NUMBER", "Rec Ref|REC_NUMBER",
    "Recommendations|RECOMMENDATION", "Recommendations made|RECOMMENDATION", "Learning point|RECOMMENDATION",
    // Action.
    "What will be done|ACTION", "Actions to be taken|ACTION", "Agreed actions|ACTION", "Action required|ACTION",
    "How will this be achieved?|ACTION", "Key tasks|ACTION",
    // Someone responsible.
    "Officer accountable|RESPONSIBLE", "Lead officer|RESPONSIBLE", "Lead|RESPONSIBLE", "Lead person|RESPONSIBLE",
    "Person responsible|RESPONSIBLE", "Responsibility|RESPONSIBLE", "Action owner|RESPONSIBLE", "By whom|RESPONSIBLE",
    "Who|RESPONSIBLE", "Accountable officer / role|RESPONSIBLE",
    // Agency.
    "Lead agency|AGENCY", "Agency|AGENCY", "Agencies|AGENCY", "Organisation|AGENCY", "Organization|AGENCY",
    "Responsible agency|AGENCY", "Agency / Organisation|AGENCY",
    // Dates.
    "Completion by|TIMESCALE", "Target date|TIMESCALE", "By when|TIMESCALE", "By when?|TIMESCALE",
    "Deadline|TIMESCALE", "Timescales|TIMESCALE", "Timeframe|TIMESCALE", "Due date|TIMESCALE", "Date|TIMESCALE",
    "Completion date|TIMESCALE", "When|TIMESCALE",
    // Intended outcome.
    "Measure of success|INTENDED_OUTCOME", "Success measure|INTENDED_OUTCOME", "Outcome/Impact|INTENDED_OUTCOME",
    "Impact|INTENDED_OUTCOME", "Evidence|INTENDED_OUTCOME", "Evidence of success|INTENDED_OUTCOME",
    "Expected outcomes|INTENDED_OUTCOME", "Success criteria|INTENDED_OUTCOME",
    // Status and progress.
    "RAG rating|STATUS", "RAG|STATUS", "RAG status|STATUS", "Completed?|STATUS",
    "Progress to date|PROGRESS", "Update|PROGRESS", "Comments|PROGRESS", "Progress update (March 2013)|PROGRESS",
    "Evidence of progress|PROGRESS", "Current position|PROGRESS", "Action taken|PROGRESS",
  })
  void recognisesAHeadingByItsWords(String heading, PlanColumn column) {
    assertThat(PlanColumn.forHeader(heading)).contains(column);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Action No", "IMR Action No.", "Notes", "Leader", "Page", "", "   "})
  void leavesOtherHeadingsUnread(String heading) {
    assertThat(PlanColumn.forHeader(heading)).isEmpty();
  }

  @Test
  void aCellTooLongForAHeadingIsNotReadAsOne() {
    assertThat(PlanColumn.forHeader("The responsible officer will review the action by the target date "
        + "and report progress to the board")).isEmpty();
  }

  @Test
  void aLongerPhraseIsACloserMatch() {
    assertThat(PlanColumn.AGENCY.score("Lead agency")).isGreaterThan(PlanColumn.RESPONSIBLE.score("Lead agency"));
    assertThat(PlanColumn.RESPONSIBLE.score("Lead officer")).isGreaterThan(PlanColumn.RESPONSIBLE.score("Lead"));
    assertThat(PlanColumn.PROGRESS.score("Progress to date")).isGreaterThan(PlanColumn.TIMESCALE.score("Progress to date"));
  }

  @Test
  void ofTwoHeadingsForOneColumnTheCloserIsReadAndThePreviewSaysSo() {
    PlanSheet sheet = readCsv("Recommendation,Lead,Lead officer\nShare the summary,Police,Head of Service\n");

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.headers()).containsEntry(PlanColumn.RESPONSIBLE, "Lead officer");
    assertThat(sheet.rows().get(0).get(PlanColumn.RESPONSIBLE)).isEqualTo("Head of Service");
    assertThat(sheet.notes()).singleElement().satisfies(n -> assertThat(n)
        .contains("\"Lead officer\" is the closer match").contains("\"Lead\" is not read"));
    assertThat(sheet.readings()).extracting(ImportResult.ColumnReading::field)
        .containsExactly("recommendation", null, "responsible");
  }

  @Test
  void mappingNamesAreTheColumnKeys() {
    assertThat(PlanColumn.forKey("intended-outcome")).contains(PlanColumn.INTENDED_OUTCOME);
    assertThat(PlanColumn.forKey("REC_NUMBER")).contains(PlanColumn.REC_NUMBER);
    assertThat(PlanColumn.forKey("boss")).isEmpty();
  }
}
