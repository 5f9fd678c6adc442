package org.reviewactions.indicator;

/** Names shared by {@code processes/quarterly-indicators.bpmn}, its form, delegates, listeners and tests. */
public final class QuarterlyIndicatorsProcess {

  public static final String KEY = "quarterly-indicators";
  /** Starts a run on demand (a plan manager's button, tests): the timer holds the process's one none/timer start. */
  public static final String REQUESTED_MESSAGE = "QuarterlyIndicatorsRequested";
  /** The e-mail kind (templates/mail/quarterly-indicators*): the step detail says which. */
  public static final String MAIL = "quarterly-indicators";
  /** The service level under {@code rat.deadlines} ({@code submit-indicators}). */
  public static final String DEADLINE_KEY = "submitIndicators";

  /** Process variables. */
  public static final class Var {
    public static final String FIRST_WORKING_DAY = "firstWorkingDay";
    /** The quarter asked for, "2026-Q4": the one just ended, unless a start names one. */
    public static final String QUARTER = "quarter";
    /** The new requests of this run (one per agency), the multi-instance collection. */
    public static final String SUBMISSION_IDS = "submissionIds";
    /** The element variable: one agency's request. */
    public static final String SUBMISSION_ID = "submissionId";
    public static final String REQUESTED_BY = "requestedBy";
    // Context the form shows (disabled fields, never taken back)
    public static final String CTX_AGENCY = "ctxAgency";
    public static final String CTX_QUARTER = "ctxQuarter";
    public static final String CTX_LINK = "ctxLink";

    private Var() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String TIMER_START = "StartEvent_QuarterBegun";
    public static final String ON_DEMAND_START = "StartEvent_IndicatorsRequested";
    public static final String CHECK_DAY = "Task_CheckFirstWorkingDay";
    public static final String END_NOT_FIRST_DAY = "EndEvent_NotFirstWorkingDay";
    public static final String LIST_AGENCIES = "Task_ListReportingAgencies";
    public static final String PER_AGENCY = "SubProcess_AgencyIndicators";
    public static final String SUBMIT = "Task_SubmitIndicators";
    public static final String CHECK_RECORDED = "Task_CheckFiguresRecorded";
    public static final String LATE = "Timer_IndicatorsLate";
    public static final String EMAIL_LATE = "Task_EmailIndicatorsLate";
    public static final String TO_BOARD = "Timer_IndicatorsOverdueTwice";
    public static final String TAKE_TO_BOARD = "Task_TakeIndicatorsToBoard";
    public static final String END_SUBMITTED = "EndEvent_IndicatorsSubmitted";
    public static final String END_ALL = "EndEvent_QuarterCollected";

    private Element() {}
  }

  /** Details the e-mail requests carry. */
  public static final class MailDetail {
    public static final String SUBMISSION_ID = "submissionId";
    public static final String TASK_ID = "taskId";
    /** One of {@link Step}. */
    public static final String STEP = "step";

    private MailDetail() {}
  }

  /** Values of {@link MailDetail#STEP}. */
  public static final class Step {
    public static final String WAITING = "waiting";
    public static final String LATE = "late";
    public static final String BOARD = "board";

    private Step() {}
  }

  private QuarterlyIndicatorsProcess() {}
}
