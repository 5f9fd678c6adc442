package org.reviewactions.quarterly;

/** Names shared by {@code processes/quarterly-report.bpmn}, its delegates, its e-mail and tests. */
public final class QuarterlyReportProcess {

  public static final String KEY = "quarterly-report";
  /** The e-mail kind: templates/mail/quarterly-report*. */
  public static final String MAIL = "quarterly-report";
  /**
   * The message that starts a run on demand: the engine allows one none or timer start event per process, and the
   * timer holds it.
   */
  public static final String REQUESTED_MESSAGE = "QuarterlyReportRequested";

  /** Process variables. */
  public static final class Var {
    /** Set by the timer path's first task for the gateway. */
    public static final String FIRST_WORKING_DAY = "firstWorkingDay";
    /** The day the reports are "as at", ISO (2027-01-04). */
    public static final String AS_AT = "asAt";
    /** The open reviews' ids, one report e-mail each. */
    public static final String REVIEW_IDS = "reviewIds";
    /** The element variable of the multi-instance e-mail task. */
    public static final String REVIEW_ID = "reviewId";
    /** Who started it on demand; absent when the timer did. */
    public static final String REQUESTED_BY = "requestedBy";

    private Var() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String TIMER_START = "StartEvent_QuarterBegun";
    public static final String ON_DEMAND_START = "StartEvent_RequestedByBoard";
    public static final String CHECK_DAY = "Task_CheckFirstWorkingDay";
    public static final String FIRST_WORKING_DAY = "Gateway_FirstWorkingDay";
    public static final String END_NOT_FIRST_DAY = "EndEvent_NotFirstWorkingDay";
    public static final String LIST_OPEN_REVIEWS = "Task_ListOpenReviews";
    public static final String EMAIL_REPORT = "Task_EmailQuarterlyReport";
    public static final String END_SENT = "EndEvent_ReportsSent";

    private Element() {}
  }

  /** Details each e-mail request carries (the notification process keeps them as {@code detail_<name>}). */
  public static final class MailDetail {
    public static final String REVIEW_ID = "reviewId";
    public static final String AS_AT = "asAt";

    private MailDetail() {}
  }

  private QuarterlyReportProcess() {}
}
