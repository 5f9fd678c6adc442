package org.reviewactions.quarterly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.reviewactions.action.WorkingDays;
import org.reviewactions.identity.Person;
import org.reviewactions.indicator.Indicators;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailAttachment;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.reviewactions.report.ProgressReport;
import org.reviewactions.report.ProgressReports;
import org.reviewactions.review.Recommendations;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Service;

/**
 * The quarterly report's rules: which day is a quarter's first working day, which reviews are open, who hears, and
 * what each e-mail says. "Change since the last quarter" compares the report with the same review's report as at
 * the first day of the quarter before, rebuilt from the action records (the report is "as at" by construction), so
 * nothing is stored between runs and a run on demand compares the same way as the timer's.
 */
@Service
class QuarterlyReports {

  private final ProgressReports reports;
  private final Recommendations recommendations;
  private final WorkingDays workingDays;
  private final RoleDirectory roles;
  private final GroupsProperties groups;
  private final NotificationRequests requests;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Indicators indicators;
  private final QuarterlyIndicatorsPdf indicatorsPdf;
  private final Clock clock;

  QuarterlyReports(ProgressReports reports, Recommendations recommendations, WorkingDays workingDays,
      RoleDirectory roles, GroupsProperties groups, NotificationRequests requests, RuntimeService runtime,
      AsSystem asSystem, Indicators indicators, QuarterlyIndicatorsPdf indicatorsPdf, Clock clock) {
    this.indicators = indicators;
    this.indicatorsPdf = indicatorsPdf;
    this.reports = reports;
    this.recommendations = recommendations;
    this.workingDays = workingDays;
    this.roles = roles;
    this.groups = groups;
    this.requests = requests;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether {@code date} is a working day and no working day of its quarter comes before it. */
  boolean isFirstWorkingDayOfQuarter(LocalDate date) {
    return workingDays.isFirstWorkingDayOfQuarter(date);
  }

  static LocalDate firstDayOfQuarter(LocalDate date) {
    return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  /** "2027-Q1": the quarter in the e-mails' idempotency keys, so each is sent once a quarter. */
  static String quarter(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  List<Long> openReviews() {
    return new ArrayList<>(recommendations.openReviewIds());
  }

  /** Asks for the review's report e-mail to every member of the board group, once per quarter and person. */
  void requestEmails(Long reviewId, LocalDate asAt, String processInstanceId) {
    for (Person member : roles.members(groups.board())) {
      requests.request(new NotificationRequest(QuarterlyReportProcess.MAIL, null, member.userId(),
          "quarterly:" + reviewId + ":" + quarter(asAt) + ":" + member.userId(), processInstanceId,
          Map.of(QuarterlyReportProcess.MailDetail.REVIEW_ID, String.valueOf(reviewId),
              QuarterlyReportProcess.MailDetail.AS_AT, asAt.toString())));
    }
  }

  /**
   * Starts the process on demand for a person the caller has checked may ask (a board member or an administrator):
   * on the application's account, as nobody holds a grant to start it.
   *
   * @return the process instance's id
   */
  String startOnDemand(String userId) {
    return asSystem.call(() -> runtime.startProcessInstanceByMessage(QuarterlyReportProcess.REQUESTED_MESSAGE,
        Map.of(QuarterlyReportProcess.Var.REQUESTED_BY, userId)).getId());
  }

  /** The review's report as at the day: what the e-mail attaches. */
  ProgressReport report(Long reviewId, LocalDate asAt) {
    return reports.asAt(reviewId, asAt);
  }

  MailAttachment pdf(ProgressReport report) {
    return new MailAttachment(report.reference() + "-progress-" + report.asAt() + ".pdf", "application/pdf",
        reports.pdf(report));
  }

  /** The e-mail's model: the review, the date, and each figure now, at the quarter before and the change. */
  Map<String, Object> mailModel(ProgressReport report) {
    LocalDate before = firstDayOfQuarter(report.asAt()).minusMonths(3);
    QuarterlyFigures now = QuarterlyFigures.of(report);
    QuarterlyFigures then = QuarterlyFigures.of(reports.asAt(report.reviewId(), before));
    Map<String, Object> model = new HashMap<>();
    model.put("reviewTitle", report.title());
    model.put("reviewRef", report.reference());
    model.put("board", report.board());
    model.put("asAt", report.asAtShown());
    model.put("before", FormDates.shown(before));
    model.put("quarter", quarter(report.asAt()));
    List<Map<String, Object>> figures = new ArrayList<>();
    figures.add(figure("Actions due (still to do)", now.due(), then.due()));
    figures.add(figure("Complete", now.complete(), then.complete()));
    figures.add(figure("Overdue", now.overdue(), then.overdue()));
    figures.add(figure("Escalated to the board", now.escalated(), then.escalated()));
    figures.add(figure("Closed without completion", now.closedIncomplete(), then.closedIncomplete()));
    model.put("figures", figures);
    indicators.latestReportedQuarter(Indicators.previousQuarter(quarter(report.asAt()))).ifPresent(latest -> {
      model.put("indicatorQuarter", latest);
      model.put("indicatorPrevious", Indicators.previousQuarter(latest));
      model.put("indicators", indicators.reportLines(latest));
    });
    return model;
  }

  /**
   * The safeguarding indicators' latest reported quarter and the one before as a PDF, when any figure has been
   * submitted up to the quarter before the report's.
   */
  java.util.Optional<MailAttachment> indicatorsPdf(LocalDate asAt) {
    return indicators.latestReportedQuarter(Indicators.previousQuarter(quarter(asAt))).map(latest -> new MailAttachment(
        "safeguarding-indicators-" + latest + ".pdf", "application/pdf",
        indicatorsPdf.render(latest, Indicators.previousQuarter(latest), indicators.reportLines(latest))));
  }

  private static Map<String, Object> figure(String label, long now, long before) {
    Map<String, Object> figure = new LinkedHashMap<>();
    figure.put("label", label);
    figure.put("now", now);
    figure.put("before", before);
    figure.put("change", QuarterlyFigures.change(now, before));
    return figure;
  }
}
