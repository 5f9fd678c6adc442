package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The history shown on a task fits the engine's 4,000-character text column, newest entries kept. */
class HistoryTextTest {

  @Test
  void aShortHistoryIsKeptWhole() {
    assertThat(ActionService.newestWithin(List.of("one", "two"), 4_000)).isEqualTo("one\ntwo");
  }

  @Test
  void aLongHistoryKeepsItsNewestEntries() {
    String text = ActionService.newestWithin(List.of("old " + "x".repeat(3_600), "middle " + "y".repeat(500), "newest"), 4_000);

    assertThat(text).hasSizeLessThanOrEqualTo(4_000).startsWith("… (earlier entries").endsWith("middle " + "y".repeat(500) + "\nnewest");
  }

  @Test
  void oneEntryLongerThanTheColumnIsCut() {
    String text = ActionService.newestWithin(List.of("progress " + "z".repeat(19_000)), 4_000);

    assertThat(text).hasSizeLessThanOrEqualTo(4_000).contains("progress zzz").endsWith("…");
  }
}
