package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that offers an existing agency or role beside a near miss, and stays quiet when nothing is close. */
class NameSimilarityTest {

  private static final List<String> AGENCIES = List.of("Police", "Probation", "Children's Services", "Adult Services",
      "Health & Social Care", "NSPCC");
  private static final List<String> ROLES = List.of("Head of Housing", "Head of Education", "Named Nurse");

  @Test
  void aLongerNameContainingAKnownOneSuggestsIt() {
    assertThat(NameSimilarity.closest("Metropolitan Police", AGENCIES)).contains("Police");
    assertThat(NameSimilarity.closest("Head of Housing Needs", ROLES)).contains("Head of Housing");
  }

  @Test
  void aMissingApostropheCapitalsAndTheAreTheSameName() {
    assertThat(NameSimilarity.closest("Childrens Services", AGENCIES)).contains("Children's Services");
    assertThat(NameSimilarity.same("Childrens Services", "Children’s Services")).isTrue();
    assertThat(NameSimilarity.same("THE POLICE", "Police")).isTrue();
    assertThat(NameSimilarity.same("Health and Social Care", "Health & Social Care")).isTrue();
    assertThat(NameSimilarity.same("Police", "Probation")).isFalse();
  }

  @Test
  void aSlipOfALetterOrTwoSuggestsTheName() {
    assertThat(NameSimilarity.closest("Polce", AGENCIES)).contains("Police");
    assertThat(NameSimilarity.closest("Named Nurses", ROLES)).contains("Named Nurse");
  }

  @Test
  void unlikeNamesSuggestNothing() {
    assertThat(NameSimilarity.likeness("Police", "Probation")).isZero();
    assertThat(NameSimilarity.closest("Probation Service", List.of("Police"))).isEmpty();
    assertThat(NameSimilarity.closest("Head of Finance", ROLES)).isEmpty();
    assertThat(NameSimilarity.closest("Education Welfare", List.of("Adult Services", "NSPCC"))).isEmpty();
    assertThat(NameSimilarity.closest("NHS", AGENCIES)).isEmpty();
  }

  @Test
  void namesOfCommonWordsOrPunctuationAloneMatchNothing() {
    assertThat(NameSimilarity.closest("The", List.of("The", "Police"))).isEmpty();
    assertThat(NameSimilarity.closest("---", List.of("---"))).isEmpty();
    assertThat(NameSimilarity.same("", "")).isFalse();
  }

  @Test
  void ofSeveralCloseNamesTheClosestIsOffered() {
    assertThat(NameSimilarity.closest("Metropolitan Police Service", List.of("Police", "Metropolitan Police")))
        .contains("Metropolitan Police");
    assertThat(NameSimilarity.closest("Adult Social Services", List.of("Adult Services", "Services")))
        .contains("Adult Services");
  }
}
