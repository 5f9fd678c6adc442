package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan manager's mapping of headings to fields, and its refusals. */
class ColumnMappingTest {

  @Test
  void readsHeadingAndFieldSplittingAtTheLastColon() {
    ColumnMapping.Parsed parsed = ColumnMapping.parse(List.of("Progress: as at 1.7.06:progress", "Notes:ignore",
        "Who:RESPONSIBLE", "", "Unset select:"));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.mapping().entries()).containsExactly(
        new ColumnMapping.Entry("Progress: as at 1.7.06", Optional.of(PlanColumn.PROGRESS)),
        new ColumnMapping.Entry("Notes", Optional.empty()),
        new ColumnMapping.Entry("Who", Optional.of(PlanColumn.RESPONSIBLE)));
    assertThat(parsed.mapping().specs()).containsExactly("Progress: as at 1.7.06:progress", "Notes:ignore", "Who:responsible");
  }

  @Test
  void refusesAFieldThatDoesNotExistNamingIt() {
    ColumnMapping.Parsed parsed = ColumnMapping.parse(List.of("Who:boss"));

    assertThat(parsed.mapping().isEmpty()).isTrue();
    assertThat(parsed.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("mapping");
      assertThat(e.message()).contains("\"boss\"").contains("does not exist").contains("responsible");
    });
  }

  @Test
  void refusesTwoHeadingsMappedToOneField() {
    ColumnMapping.Parsed parsed = ColumnMapping.parse(List.of("Lead:responsible", "Owner:responsible"));

    assertThat(parsed.errors()).singleElement().satisfies(e ->
        assertThat(e.message()).contains("\"Lead\" and \"Owner\" are both mapped to responsible"));
  }

  @Test
  void refusesOneHeadingMappedToTwoFields() {
    assertThat(ColumnMapping.parse(List.of("Lead:responsible", "lead:agency")).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("mapped twice"));
  }

  @Test
  void refusesAPairWithoutAFieldAndAnOversizedMapping() {
    assertThat(ColumnMapping.parse(List.of("Responsible")).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("Heading text:field"));
    assertThat(ColumnMapping.parse(List.of("x".repeat(5_000) + ":action")).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("at most 200"));
    assertThat(ColumnMapping.parse(Collections.nCopies(10_000, "a:action")).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("10000 entries"));
  }
}
