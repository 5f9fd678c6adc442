package org.reviewactions.plan;

/** Names shared by {@code processes/recommendation.bpmn}, its forms, delegates and tests. */
public final class RecommendationProcess {

  public static final String KEY = "recommendation";

  public static final class Var {
    public static final String RECOMMENDATION_ID = "recommendationId";
    /** Start form fields, used when a plan manager starts a recommendation from Tasklist. */
    public static final String REVIEW_REF = "reviewRef";
    public static final String RECOMMENDATION_NUMBER = "recommendationNumber";
    public static final String ACTION_IDS = "actionIds";
    /** Element variable of the multi-instance call activity, passed to each action process. */
    public static final String ACTION_ID = "actionId";
    public static final String MONITORING_GROUP = "monitoringGroup";
    // Confirm recommendation implemented form
    public static final String DECISION = "recommendationDecision";
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    public static final String FURTHER_DESCRIPTION = "furtherActionDescription";
    public static final String FURTHER_AGENCY = "furtherActionAgency";
    public static final String FURTHER_RESPONSIBLE = "furtherActionResponsible";
    public static final String FURTHER_TIMESCALE = "furtherActionTimescale";
    /** Set by the delegate that creates the further action, read by the call activity. */
    public static final String FURTHER_ACTION_ID = "furtherActionId";

    private Var() {}
  }

  public static final class Value {
    public static final String IMPLEMENTED = "implemented";
    public static final String FURTHER_ACTION = "furtherAction";

    private Value() {}
  }

  public static final class Element {
    public static final String START = "StartEvent_RecommendationStarted";
    public static final String LIST_ACTIONS = "Task_ListActions";
    public static final String RUN_ACTIONS = "CallActivity_RunActions";
    public static final String CONFIRM_IMPLEMENTED = "Task_ConfirmImplemented";
    public static final String RECORD_IMPLEMENTED = "Task_RecordImplemented";
    public static final String ADD_FURTHER_ACTION = "Task_AddFurtherAction";
    public static final String RUN_FURTHER_ACTION = "CallActivity_RunFurtherAction";
    public static final String END_IMPLEMENTED = "EndEvent_RecommendationImplemented";
    public static final String CONFIRM_IMPLEMENTED_OVERDUE = "Timer_ConfirmImplementedOverdue";
    public static final String EMAIL_CONFIRMATION_OVERDUE = "Task_EmailConfirmationOverdue";
    public static final String CONFIRM_IMPLEMENTED_OVERDUE_TWICE = "Timer_ConfirmImplementedOverdueTwice";
    public static final String TAKE_CONFIRMATION_TO_BOARD = "Task_TakeConfirmationToBoard";

    private Element() {}
  }

  private RecommendationProcess() {}
}
