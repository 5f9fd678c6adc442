package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reviewactions.action.Rag;

/** The Status column has a word and a colour for every RAG the action module knows. */
class ReportStatusTest {

  @Test
  void everyRagHasAReportStatusOfTheSameNameAndLabel() {
    for (Rag rag : Rag.values()) {
      assertThat(ReportStatus.valueOf(rag.name()).label()).isEqualTo(rag.label());
    }
  }

  @Test
  void onlyRedAmberAndGreenAreOutstandingAndClosedWithoutCompletionIsNeverComplete() {
    assertThat(ReportStatus.values()).filteredOn(ReportStatus::outstanding)
        .containsExactly(ReportStatus.RED, ReportStatus.AMBER, ReportStatus.GREEN);
    assertThat(ReportStatus.CLOSED_INCOMPLETE.label()).isEqualTo("Closed without completion");
    assertThat(ReportStatus.CLOSED_INCOMPLETE.outstanding()).isFalse();
  }
}
