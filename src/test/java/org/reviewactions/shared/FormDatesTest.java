package org.reviewactions.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Typed dates are read day/month/year, and nothing else is guessed at. */
class FormDatesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "31/03/2027, 2027-03-31",
    "1/4/2027, 2027-04-01",
    "' 05/11/2026 ', 2026-11-05",
    "29/02/2028, 2028-02-29",
    "12/01/2027, 2027-01-12"
  })
  void readsDayThenMonthThenYear(String typed, LocalDate date) {
    assertThat(FormDates.parse(typed, "Due date")).isEqualTo(date);
  }

  @Test
  void anEmptyFieldIsNoDate() {
    assertThat(FormDates.parse(null, "Due date")).isNull();
    assertThat(FormDates.parse("  ", "Due date")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2027", "29/02/2027", "31/04/2027", "0/03/2027", "31/13/2027", "31/00/2027"})
  void aDateThatDoesNotExistIsRefusedNotRolledOver(String typed) {
    assertThatThrownBy(() -> FormDates.parse(typed, "Due date"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("Due date: '" + typed + "' is not a date")
        .hasMessageContaining("day/month/year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-03-31", "2027-03-31T00:00:00", "03/31/27", "31.03.2027", "31 March 2027", "next week",
      "31/03/2027<script>", "Wed Mar 31 00:00:00 GMT 2027"})
  void aDateInAnyOtherShapeIsRefused(String typed) {
    assertThatThrownBy(() -> FormDates.parse(typed, "Due date"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Enter the date as day/month/year, e.g. 31/03/2027.");
  }

  @Test
  void datesAreShownWithTheMonthInFullAndPrefilledAsTheyAreTyped() {
    assertThat(FormDates.shown(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
    assertThat(FormDates.shown(LocalDate.of(2027, 9, 1))).isEqualTo("1 September 2027");
    assertThat(FormDates.typed(LocalDate.of(2027, 4, 1))).isEqualTo("01/04/2027");
    assertThat(FormDates.parse(FormDates.typed(LocalDate.of(2027, 4, 1)), "Due date")).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void theFormsPatternAcceptsWhatTheServerReads() {
    Pattern forms = Pattern.compile(FormDates.PATTERN);
    assertThat(forms.matcher("31/03/2027").matches()).isTrue();
    assertThat(forms.matcher("1/4/2027").matches()).isTrue();
    assertThat(forms.matcher("2027-03-31").matches()).isFalse();
  }
}
