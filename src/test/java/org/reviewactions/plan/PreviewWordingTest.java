package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviewWordingTest {

  private final PreviewWording wording = PreviewWording.INSTANCE;

  @Test
  void datesAreSpeltOut() {
    assertThat(wording.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
    assertThat(wording.date(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"P3M,every 3 months", "P1M,every month", "P1Y,every year", "P2Y,every 2 years", "P7D,every week",
      "P14D,every 2 weeks", "P10D,every 10 days", "P12M,every 12 months"})
  void cadencesAreWords(String period, String words) {
    assertThat(wording.cadence(period)).isEqualTo(words);
  }

  @Test
  void countsAgreeWithTheirNouns() {
    assertThat(wording.count(1, "action")).isEqualTo("1 action");
    assertThat(wording.count(2, "action")).isEqualTo("2 actions");
    assertThat(wording.count(0, "recommendation")).isEqualTo("0 recommendations");
  }

  @Test
  void saysWhyDatesNeedConfirming() {
    ImportResult.PreviewAction unsure = new ImportResult.PreviewAction(3, "a", null, "r", "Ongoing", null, null, null,
        true, "No end date was given.", null, null);
    ImportResult.PreviewAction unexplained = new ImportResult.PreviewAction(3, "a", null, "r", "soon", null, null, null,
        true, null, null, null);

    assertThat(wording.dates(unsure)).isEqualTo("To confirm: No end date was given.");
    assertThat(wording.dates(unexplained)).isEqualTo("To confirm: the timescale could not be read as dates.");
  }
}
