package org.reviewactions.action;

/** Names shared by {@code processes/action.bpmn}, its forms, delegates and tests. */
public final class ActionProcess {

  public static final String KEY = "action";

  /** Process variables: ids and routing data only; the action itself lives in the plan_action table. */
  public static final class Var {
    public static final String ACTION_ID = "actionId";
    public static final String OWNER_ID = "ownerId";
    public static final String OWNER_KNOWN = "ownerKnown";
    public static final String DUE_DATE = "dueDate";
    public static final String FOLLOW_UP_DATE = "followUpDate";
    public static final String NEEDS_CONFIRMATION = "needsConfirmation";
    public static final String AGENCY_LEADS_GROUP = "agencyLeadsGroup";
    public static final String MONITORING_GROUP = "monitoringGroup";
    public static final String PLAN_MANAGERS_GROUP = "planManagersGroup";

    // Confirm action dates form
    public static final String CONFIRMED_START_DATE = "confirmedStartDate";
    public static final String CONFIRMED_DUE_DATE = "confirmedDueDate";
    public static final String CONFIRMED_CADENCE = "confirmedReviewCadence";
    public static final String DATES_NOTE = "datesNote";
    // Nominate action owner form
    public static final String NOMINEE_ID = "nomineeId";
    // Deliver action form
    public static final String SUBMISSION = "submission";
    public static final String PROGRESS_AS_AT = "progressAsAt";
    public static final String PROGRESS_TEXT = "progressText";
    public static final String EVIDENCE_SUMMARY = "evidenceSummary";
    public static final String EVIDENCE_REFERENCES = "evidenceReferences";
    // Verify evidence form
    public static final String EVIDENCE_DECISION = "evidenceDecision";
    public static final String REJECTION_REASON = "rejectionReason";
    /** Set by the verification delegate for the gateway. */
    public static final String EVIDENCE_ACCEPTED = "evidenceAccepted";
    /** The evidence the rejection e-mail is about. */
    public static final String REJECTED_EVIDENCE_ID = "rejectedEvidenceId";

    private Var() {}
  }

  /** Values of {@link Var#SUBMISSION} and {@link Var#EVIDENCE_DECISION}. */
  public static final class Value {
    public static final String SUBMIT_PROGRESS = "progress";
    public static final String SUBMIT_EVIDENCE = "evidence";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";

    private Value() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String START = "StartEvent_ActionStarted";
    public static final String START_ACTION = "Task_StartAction";
    public static final String CONFIRM_DATES = "Task_ConfirmDates";
    public static final String RECORD_DATES = "Task_RecordConfirmedDates";
    public static final String RESOLVE_OWNER = "Task_ResolveOwner";
    public static final String NOMINATE_OWNER = "Task_NominateOwner";
    public static final String RECORD_NOMINEE = "Task_RecordNominee";
    public static final String EMAIL_ASSIGNMENT = "Task_EmailAssignment";
    public static final String DELIVER_ACTION = "Task_DeliverAction";
    public static final String RECORD_PROGRESS = "Task_RecordProgress";
    public static final String RECORD_EVIDENCE = "Task_RecordEvidence";
    public static final String VERIFY_EVIDENCE = "Task_VerifyEvidence";
    public static final String RECORD_VERIFICATION = "Task_RecordVerification";
    public static final String EMAIL_REJECTION = "Task_EmailRejection";
    public static final String CLOSE_ACTION = "Task_CloseAction";
    public static final String END_COMPLETE = "EndEvent_ActionComplete";
    public static final String END_ASSIGNMENT_EMAILED = "EndEvent_AssignmentEmailed";
    public static final String END_REJECTION_EMAILED = "EndEvent_RejectionEmailed";

    private Element() {}
  }

  private ActionProcess() {}
}
