package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.HistoryEntry;
import org.reviewactions.action.HistoryKind;

/** Actions older than the record of status changes: their history's kinds say the status on a date. */
class StatesOnDateTest {

  private static final Action ACTION = new Action(1L, 1, "Set up the register", "Kingston Police", "Borough Commander");

  private static HistoryEntry line(String at, HistoryKind kind, String text) {
    return new HistoryEntry(1L, Instant.parse(at), null, kind.name(), text);
  }

  private static final List<HistoryEntry> HISTORY = List.of(
      line("2026-01-10T09:00:00Z", HistoryKind.IMPORTED, "Action created from the plan."),
      line("2026-01-10T09:00:01Z", HistoryKind.STARTED, "Started. The timescale could not be read with confidence, so..."),
      line("2026-01-12T09:00:00Z", HistoryKind.DATES_CONFIRMED, "Dates confirmed: due 31 March 2026."),
      line("2026-01-12T09:00:01Z", HistoryKind.OWNER_ASSIGNED, "Assigned to Pat."),
      line("2026-04-01T09:00:00Z", HistoryKind.LAPSED, "Lapsed."),
      line("2026-04-03T09:00:00Z", HistoryKind.ESCALATED, "Escalated to the board."),
      line("2026-04-05T09:00:00Z", HistoryKind.EXTENSION_DECIDED, "More time agreed: due 30 June 2026 instead of ..."),
      line("2026-07-02T09:00:00Z", HistoryKind.CLOSED_INCOMPLETE, "Closed by the board without completion: replaced."));

  private static String statusAtEndOf(String date) {
    Instant end = LocalDate.parse(date).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return StatesOnDate.at(ACTION, end, List.of(), HISTORY).status();
  }

  @Test
  void eachKindOfHistoryLineLeavesTheStatusTheServicesSet() {
    assertThat(statusAtEndOf("2026-01-09")).isEqualTo("NOT_STARTED");
    assertThat(statusAtEndOf("2026-01-10")).isEqualTo("AWAITING_DATES");
    assertThat(statusAtEndOf("2026-01-12")).isEqualTo("IN_PROGRESS");
    assertThat(statusAtEndOf("2026-04-01")).isEqualTo("LAPSED");
    assertThat(statusAtEndOf("2026-04-04")).isEqualTo("ESCALATED");
    assertThat(statusAtEndOf("2026-04-05")).isEqualTo("IN_PROGRESS");
    assertThat(statusAtEndOf("2026-07-01")).isEqualTo("IN_PROGRESS");
    assertThat(statusAtEndOf("2026-07-02")).isEqualTo("CLOSED_INCOMPLETE");
  }

  @Test
  void aLapseWhileEvidenceWaitsForVerificationKeepsEvidenceSubmitted() {
    List<HistoryEntry> history = List.of(
        line("2026-03-01T09:00:00Z", HistoryKind.EVIDENCE_SUBMITTED, "Evidence submitted."),
        line("2026-04-01T09:00:00Z", HistoryKind.LAPSED, "Lapsed."));

    assertThat(StatesOnDate.at(ACTION, Instant.parse("2026-05-01T00:00:00Z"), List.of(), history).status())
        .isEqualTo("EVIDENCE_SUBMITTED");
  }
}
