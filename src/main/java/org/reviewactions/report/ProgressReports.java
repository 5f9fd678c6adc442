package org.reviewactions.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.challenge.AgencyChallenges;
import org.reviewactions.action.ActionStateChange;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.HistoryEntry;
import org.reviewactions.action.ProgressUpdate;
import org.reviewactions.action.Rag;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.ImpactChecks;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Review;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's progress report "as at" a date, and the same report as the files boards publish. The report shows
 * each action's status, due date and latest progress as they stood at the end of that day (in the
 * application's zone), not as they stand now: progress is taken by its own "as at" date, so progress a plan
 * recorded "as at 1.7.06" shows from 1 July 2006 on, however late the plan was imported.
 *
 * <p>Nothing here checks who asks: callers that serve a person limit the report with
 * {@link ProgressReport#forAgencies(Set)} (as the report pages do for agency people); a scheduled process
 * may take the whole report.
 */
@Service
public class ProgressReports {

  @PersistenceContext
  private EntityManager entities;

  private final ActionService actions;
  private final org.reviewactions.action.LateTasks lateTasks;
  private final ImpactChecks impactChecks;
  private final Clock clock;
  private final ReportXlsx xlsx;
  private final ReportCsv csv;
  private final ReportPdf pdf;
  private final ReportHtml html;
  private final AgencyChallenges challenges;

  ProgressReports(ActionService actions, org.reviewactions.action.LateTasks lateTasks, ImpactChecks impactChecks,
      Clock clock, ReportXlsx xlsx, ReportCsv csv, ReportPdf pdf, ReportHtml html, AgencyChallenges challenges) {
    this.actions = actions;
    this.lateTasks = lateTasks;
    this.impactChecks = impactChecks;
    this.challenges = challenges;
    this.clock = clock;
    this.xlsx = xlsx;
    this.csv = csv;
    this.pdf = pdf;
    this.html = html;
  }

  /**
   * The review's report as at the end of {@code date}, every agency's actions, in plan order.
   *
   * @throws NotFoundException when there is no review with this id
   */
  @Transactional(readOnly = true)
  public ProgressReport asAt(Long reviewId, LocalDate date) {
    Review review = entities.find(Review.class, reviewId);
    if (review == null) {
      throw new NotFoundException("There is no review " + reviewId + ".");
    }
    List<Recommendation> recommendations = entities.createQuery(
        "select r from Recommendation r where r.review.id = :id order by r.position", Recommendation.class)
        .setParameter("id", reviewId).getResultList();
    Map<Long, Recommendation> byId = recommendations.stream().collect(Collectors.toMap(Recommendation::getId, r -> r));
    List<Action> found = byId.isEmpty() ? List.of() : entities.createQuery(
        "select a from Action a where a.recommendationId in :ids", Action.class)
        .setParameter("ids", byId.keySet()).getResultList();
    List<Action> ordered = found.stream().sorted(Comparator
        .comparing((Action a) -> byId.get(a.getRecommendationId()).getPosition()).thenComparing(Action::getPosition)).toList();
    List<Long> ids = ordered.stream().map(Action::getId).toList();
    Map<Long, List<ActionStateChange>> changes = actions.stateChanges(ids).stream()
        .collect(Collectors.groupingBy(ActionStateChange::getActionId));
    Map<Long, List<HistoryEntry>> history = actions.histories(ids).stream()
        .collect(Collectors.groupingBy(HistoryEntry::getActionId));
    Map<Long, List<ProgressUpdate>> progress = actions.progress(ids).stream()
        .collect(Collectors.groupingBy(ProgressUpdate::getActionId));
    Instant end = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    // Red while a deadline task was late, as the dashboard and Tasklist say today: at the end of the day, or now.
    Instant lateAt = end.isAfter(clock.instant()) ? clock.instant() : end;
    Set<String> late = lateTasks.processesLateAt(ordered.stream().map(Action::getProcessInstanceId).toList(), lateAt);
    List<ProgressReport.Row> rows = new ArrayList<>();
    for (Action action : ordered) {
      if (!existed(action, end, review, changes.get(action.getId()), history.get(action.getId()))) {
        continue;
      }
      Recommendation recommendation = byId.get(action.getRecommendationId());
      StatesOnDate.State state = StatesOnDate.at(action, end,
          changes.getOrDefault(action.getId(), List.of()), history.getOrDefault(action.getId(), List.of()));
      ProgressUpdate latest = latest(progress.getOrDefault(action.getId(), List.of()), date);
      ReportStatus status = status(state, date, late.contains(action.getProcessInstanceId()));
      String progressText = latest == null ? null : latest.getText();
      if (status == ReportStatus.CLOSED_INCOMPLETE && action.getClosedReason() != null) {
        progressText = (progressText == null ? "" : progressText + "\n") + "Closed without completion: "
            + action.getClosedReason();
      }
      rows.add(new ProgressReport.Row(action.getId(), recommendation.getNumber(), recommendation.getText(),
          action.getDescription(), action.getAgency(), action.getTimescale(), action.getResponsible(), state.dueDate(),
          stage(state.status()), progressText, latest == null ? null : latest.getAsAt(), status));
    }
    return new ProgressReport(review.getId(), review.getReference(), review.getTitle(), review.getBoard(), date,
        Set.of(), rows, impacts(recommendations, end), challenges(reviewId, date));
  }

  /**
   * The impact checks scheduled before {@code end}, each with its judgement only when that was recorded before
   * {@code end}: a report of an earlier date shows the check as still due, as it then was.
   */
  private List<ProgressReport.Impact> impacts(List<Recommendation> recommendations, Instant end) {
    Map<Long, Recommendation> byId = recommendations.stream().collect(Collectors.toMap(Recommendation::getId, r -> r));
    return impactChecks.of(byId.keySet()).stream()
        .filter(check -> check.getScheduledAt().isBefore(end))
        .sorted(Comparator.comparing((ImpactCheck c) -> byId.get(c.getRecommendationId()).getPosition()))
        .map(check -> {
          boolean judged = check.getAssessedAt() != null && check.getAssessedAt().isBefore(end);
          return new ProgressReport.Impact(byId.get(check.getRecommendationId()).getNumber(), check.getMethod().label(),
              check.getDueDate(), judged ? check.getJudgement().label() : null,
              judged ? LocalDate.ofInstant(check.getAssessedAt(), clock.getZone()) : null,
              judged ? check.getFindings() : null, judged ? check.getEvidenceReferences() : null);
        }).toList();
  }

  /** The challenges raised on or before the date with what had happened to each by then, as the minutes list them. */
  private List<ProgressReport.Challenge> challenges(Long reviewId, LocalDate date) {
    return challenges.asAt(reviewId, date).stream().map(line -> new ProgressReport.Challenge(line.raisedOn(),
        line.raisedBy(), line.agency(), line.concern(), line.actions(), line.responseDue(), line.status().label(),
        line.response(), line.respondedOn(), line.outcome(), line.steps().stream()
            .map(step -> FormDates.shown(step.on()) + ": " + step.what() + " (" + step.who() + ")"
                + (step.note() == null ? "" : ". " + step.note()))
            .toList())).toList();
  }

  /**
   * The report as an Excel workbook: the actions with Status filled in its RAG colour, then a sheet of agency
   * challenges and one of impact checks; each sheet a frozen header row and wrapped text.
   */
  public byte[] xlsx(ProgressReport report) {
    return xlsx.render(report);
  }

  /** The report as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), a header row, one row per action. */
  public byte[] csv(ProgressReport report) {
    return csv.render(report);
  }

  /** The report's agency challenges as CSV, one row each, in the same encoding and neutralisation as {@link #csv}. */
  public byte[] challengesCsv(ProgressReport report) {
    return csv.render(ReportSections.challenges(report));
  }

  /** The report's impact checks as CSV, one row each, in the same encoding and neutralisation as {@link #csv}. */
  public byte[] impactChecksCsv(ProgressReport report) {
    return csv.render(ReportSections.impacts(report));
  }

  /** The report as a landscape A4 PDF with selectable text, the review's name and page numbers on every page. */
  public byte[] pdf(ProgressReport report) {
    return pdf.render(report);
  }

  /** The report as one standalone HTML page, styles inline and no scripts, ready for a partnership's website. */
  public String html(ProgressReport report) {
    return html.render(report);
  }

  /** The date the report is shown "as at" in headings and file names. */
  static String shown(LocalDate date) {
    return FormDates.shown(date);
  }

  /**
   * Whether the action belongs in a report as at the day ending at {@code end}. The plan's own actions always do:
   * the report of a date before the import reconstructs the plan as published. An action added later (a further
   * action) appears from the day it was created; "later" means on a day after the review's import.
   */
  private boolean existed(Action action, Instant end, Review review, List<ActionStateChange> changes,
      List<HistoryEntry> history) {
    Instant created = null;
    if (history != null && !history.isEmpty()) {
      created = history.get(0).getHappenedAt();
    }
    if (changes != null && !changes.isEmpty() && (created == null || changes.get(0).getChangedAt().isBefore(created))) {
      created = changes.get(0).getChangedAt();
    }
    if (created == null || created.isBefore(end)) {
      return true;
    }
    LocalDate importDay = LocalDate.ofInstant(review.getImportedAt(), clock.getZone());
    return !LocalDate.ofInstant(created, clock.getZone()).isAfter(importDay);
  }

  private static ProgressUpdate latest(List<ProgressUpdate> updates, LocalDate date) {
    ProgressUpdate latest = null;
    for (ProgressUpdate update : updates) {
      if (!update.getAsAt().isAfter(date)) {
        latest = update;
      }
    }
    return latest;
  }

  private ReportStatus status(StatesOnDate.State state, LocalDate date, boolean lateTask) {
    if ("WITHDRAWN".equals(state.status())) {
      return ReportStatus.WITHDRAWN;
    }
    // A status this module does not know yet is treated as work in hand: its due date decides the RAG.
    ActionStatus status = known(state.status()) == null ? ActionStatus.IN_PROGRESS : known(state.status());
    Rag rag = actions.ragOn(status, state.dueDate(), false, date);
    if (lateTask && (rag == Rag.GREEN || rag == Rag.AMBER)) {
      rag = Rag.RED;
    }
    // By name, so a RAG value added to the action module later (WITHDRAWN) needs no change here.
    return ReportStatus.valueOf(rag.name());
  }

  private static String stage(String status) {
    ActionStatus known = known(status);
    return known == null ? capitalised(status) : known.label();
  }

  private static ActionStatus known(String status) {
    try {
      return ActionStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String capitalised(String name) {
    String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
