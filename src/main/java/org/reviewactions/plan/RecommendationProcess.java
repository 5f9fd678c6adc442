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
    // Confirm recommendation implemented form, when the decision is "implemented": when and how impact is checked
    public static final String IMPACT_CHECK_DATE = "impactCheckDate";
    public static final String IMPACT_CHECK_METHOD = "impactCheckMethod";
    public static final String IMPACT_CHECK_NOTE = "impactCheckNote";
    /** When the impact check timer fires (a working day at 09:00): set by the delegates, never by a form. */
    public static final String IMPACT_CHECK_AT = "impactCheckAt";
    // Assess impact form; the further action's fields are those of the confirmation form above
    public static final String IMPACT_FINDINGS = "impactFindings";
    public static final String IMPACT_EVIDENCE_SUMMARY = "impactEvidenceSummary";
    public static final String IMPACT_EVIDENCE_REFERENCES = "impactEvidenceReferences";
    public static final String IMPACT_JUDGEMENT = "impactJudgement";
    public static final String NEXT_IMPACT_CHECK_DATE = "nextImpactCheckDate";
    /**
     * The recorded judgement the gateway routes on. Not the form's own variable, which is removed so that the next
     * check's form starts empty rather than showing the last judgement.
     */
    public static final String IMPACT_OUTCOME = "impactOutcome";
    /** Task-local context of "Assess impact": the check's method, due date and note. */
    public static final String CTX_IMPACT_CHECK = "ctxImpactCheck";
    /** Task-local context of "Assess impact": the earlier checks of this recommendation and their judgements. */
    public static final String CTX_EARLIER_CHECKS = "ctxEarlierChecks";
    /** Input of the overdue ladder's send tasks: which task they chase (Task_ConfirmImplemented or Task_AssessImpact). */
    public static final String OVERDUE_TASK_KEY = "overdueTaskKey";
    /** Task-local context of "Assess impact": the address of its files page, /recommendations/{id}/impact/files. */
    public static final String CTX_IMPACT_FILES_URL = "ctxImpactFilesUrl";
    /** Set by the delegate that creates the further action, read by the call activity. */
    public static final String FURTHER_ACTION_ID = "furtherActionId";

    private Var() {}
  }

  public static final class Value {
    public static final String IMPLEMENTED = "implemented";
    public static final String FURTHER_ACTION = "furtherAction";
    public static final String EMBEDDED = "embedded";
    public static final String PARTLY = "partly";
    public static final String NOT_EVIDENT = "notEvident";

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
    public static final String IMPACT_CHECK_SCHEDULED = "Gateway_ImpactCheckScheduled";
    public static final String IMPACT_CHECK_DUE = "Timer_ImpactCheckDue";
    public static final String ASSESS_IMPACT = "Task_AssessImpact";
    public static final String RECORD_IMPACT = "Task_RecordImpact";
    public static final String IMPACT_EMBEDDED = "Gateway_ImpactEmbedded";
    public static final String END_IMPACT_ASSURED = "EndEvent_ImpactAssured";
    public static final String CONFIRM_IMPLEMENTED_OVERDUE = "Timer_ConfirmImplementedOverdue";
    public static final String EMAIL_CONFIRMATION_OVERDUE = "Task_EmailConfirmationOverdue";
    public static final String CONFIRM_IMPLEMENTED_OVERDUE_TWICE = "Timer_ConfirmImplementedOverdueTwice";
    public static final String TAKE_CONFIRMATION_TO_BOARD = "Task_TakeConfirmationToBoard";
    public static final String ASSESS_IMPACT_OVERDUE = "Timer_AssessImpactOverdue";
    public static final String EMAIL_IMPACT_OVERDUE = "Task_EmailImpactOverdue";
    public static final String END_IMPACT_OVERDUE_TOLD = "EndEvent_ImpactOverdueTold";
    public static final String ASSESS_IMPACT_OVERDUE_TWICE = "Timer_AssessImpactOverdueTwice";
    public static final String TAKE_IMPACT_TO_BOARD = "Task_TakeImpactToBoard";
    public static final String END_IMPACT_WITH_BOARD = "EndEvent_ImpactWithBoard";

    private Element() {}
  }

  private RecommendationProcess() {}
}
