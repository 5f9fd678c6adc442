package org.reviewactions.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A review's actions as they stood at the end of {@code asAt}: one row per action, in plan order.
 *
 * @param agencies the agencies the rows are limited to, or empty when the report covers every agency
 * @param impacts the impact checks of its recommendations scheduled by the end of {@code asAt}, with the judgements
 *     recorded by then, in plan order and then oldest first
 * @param challenges the agency challenges raised on or before the date, as they stood then, oldest first
 */
public record ProgressReport(Long reviewId, String reference, String title, String board, LocalDate asAt,
    Set<String> agencies, List<Row> rows, List<Impact> impacts, List<Challenge> challenges) {

  public ProgressReport {
    agencies = Set.copyOf(agencies);
    rows = List.copyOf(rows);
    impacts = List.copyOf(impacts);
    challenges = List.copyOf(challenges);
  }

  /** A report without impact checks or challenges. */
  public ProgressReport(Long reviewId, String reference, String title, String board, LocalDate asAt,
      Set<String> agencies, List<Row> rows) {
    this(reviewId, reference, title, board, asAt, agencies, rows, List.of(), List.of());
  }

  /**
   * One impact check of a recommendation as it stood on the report's date.
   *
   * @param method how the check is made ("An audit")
   * @param dueDate when the check was due
   * @param judgement the judgement, when it was recorded on or before the report's date; otherwise null
   * @param assessedOn the day it was recorded, or null
   * @param findings what the check found, or null
   */
  public record Impact(String recommendationNumber, String method, LocalDate dueDate, String judgement,
      LocalDate assessedOn, String findings, String evidenceReferences) {

    /** The judgement, or that the check is still to come ("Due 15 March 2027"). */
    public String outcome() {
      return judgement != null ? judgement : "Check due " + org.reviewactions.shared.FormDates.shown(dueDate);
    }

    public String dueDateShown() {
      return org.reviewactions.shared.FormDates.shown(dueDate);
    }

    public String assessedOnShown() {
      return org.reviewactions.shared.FormDates.shown(assessedOn);
    }
  }

  /**
   * An agency challenge as the minutes list it, on the report's date.
   *
   * @param status where it stood on the date, in words
   * @param response the agency's response by then, or null
   * @param outcome the chair's or the board's outcome by then, or null while it is open
   * @param steps each step after raising, "date: what (who)", with its note where it has one
   */
  public record Challenge(LocalDate raisedOn, String raisedBy, String agency, String concern, List<String> actions,
      LocalDate responseDue, String status, String response, LocalDate respondedOn, String outcome, List<String> steps) {

    public Challenge {
      actions = List.copyOf(actions);
      steps = List.copyOf(steps);
    }

    public String raisedOnShown() {
      return org.reviewactions.shared.FormDates.shown(raisedOn);
    }

    public String responseDueShown() {
      return org.reviewactions.shared.FormDates.shown(responseDue);
    }

    public String respondedOnShown() {
      return org.reviewactions.shared.FormDates.shown(respondedOn);
    }
  }

  /**
   * One action on the report's date.
   *
   * @param recommendation the recommendation's number and text, as the plan has it
   * @param timescale the timescale as the plan wrote it
   * @param dueDate the due date the action had on the report's date
   * @param stage the action's status on that date in words ("In progress", "Evidence submitted")
   * @param progress the latest progress dated on or before the report's date, or null
   * @param progressAsAt that progress's own date, or null
   */
  public record Row(Long actionId, String recommendationNumber, String recommendation, String action, String agency,
      String timescale, String responsible, LocalDate dueDate, String stage, String progress, LocalDate progressAsAt,
      ReportStatus status) {

    /** The progress's own date as people read it, or null. */
    public String progressAsAtShown() {
      return org.reviewactions.shared.FormDates.shown(progressAsAt);
    }
  }

  /** The same report with only the rows and challenges of these agencies (an agency's own statement, an agency reader). */
  public ProgressReport forAgencies(Set<String> only) {
    List<Row> kept = rows.stream().filter(row -> only.contains(row.agency())).toList();
    // A recommendation's impact belongs to every agency with an action under it.
    Set<String> numbers = kept.stream().map(Row::recommendationNumber).collect(java.util.stream.Collectors.toSet());
    return new ProgressReport(reviewId, reference, title, board, asAt, only, kept,
        impacts.stream().filter(impact -> numbers.contains(impact.recommendationNumber())).toList(),
        challenges.stream().filter(challenge -> only.contains(challenge.agency())).toList());
  }

  /** How many rows have each status; every status is present, with 0 when none has it. */
  public Map<ReportStatus, Long> counts() {
    Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
    for (ReportStatus status : ReportStatus.values()) {
      counts.put(status, rows.stream().filter(row -> row.status() == status).count());
    }
    return counts;
  }

  /** The report's date as people read it: "1 July 2006". */
  public String asAtShown() {
    return org.reviewactions.shared.FormDates.shown(asAt);
  }

  /** The title shown on every page and sheet: "SCR Baby A (KSCB-01): progress as at 1 July 2006". */
  public String heading() {
    return title + " (" + reference + "): progress as at " + org.reviewactions.shared.FormDates.shown(asAt);
  }
}
