package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agency and role choices as the API and the page send them, read before the plan is. */
class NameChoicesTest {

  @Test
  void pairsAreSplitAtTheLastColonAndAChoiceLeftAtNewMapsNothing() {
    NameChoices.Parsed parsed = NameChoices.parse(List.of("Metropolitan Police:Police", "Newtown Harbour:", " "),
        List.of("Head of Housing: Needs:Head of Housing"), "unreachable");

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.choices().agencies()).containsExactly(Map.entry("Metropolitan Police", "Police"));
    assertThat(parsed.choices().roles()).containsExactly(Map.entry("Head of Housing: Needs", "Head of Housing"));
    assertThat(parsed.choices().acknowledged()).isTrue();
  }

  @Test
  void oneNameMappedToTwoExistingOnesIsRefusedNamingIt() {
    NameChoices.Parsed parsed = NameChoices.parse(List.of("Metropolitan Police:Police", "metropolitan police:Probation"),
        null, null);

    assertThat(parsed.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("agency");
      assertThat(e.message()).contains("mapped twice").contains("Police").contains("Probation");
    });
    assertThat(parsed.choices().agencies()).isEmpty();
  }

  @Test
  void aPairWithoutAColonOrAnOverlongNameIsRefused() {
    assertThat(NameChoices.parse(null, List.of("Head of Housing"), null).errors())
        .singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("role"));
    assertThat(NameChoices.parse(List.of("A".repeat(301) + ":Police"), null, null).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).contains("at most 300 characters"));
  }

  @Test
  void onlyUnreachableAcknowledgesAndAnyOtherValueIsRefused() {
    assertThat(NameChoices.parse(null, null, null).choices().acknowledged()).isFalse();
    assertThat(NameChoices.parse(null, null, "yes").errors())
        .singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("acknowledge"));
  }
}
