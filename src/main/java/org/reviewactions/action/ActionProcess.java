package org.reviewactions.action;

/** Names shared by {@code processes/action.bpmn}, its forms, delegates and tests. */
public final class ActionProcess {

  public static final String KEY = "action";
  /** The decision table {@code processes/action-routing.dmn}, evaluated by {@link Element#ROUTE_ACTION}. */
  public static final String ROUTING_DECISION = "action-routing";

  /** Process variables: ids and routing data only; the action itself lives in the plan_action table. */
  public static final class Var {
    public static final String ACTION_ID = "actionId";
    public static final String OWNER_ID = "ownerId";
    public static final String OWNER_KNOWN = "ownerKnown";
    public static final String DUE_DATE = "dueDate";
    public static final String FOLLOW_UP_DATE = "followUpDate";
    public static final String NEEDS_CONFIRMATION = "needsConfirmation";
    public static final String AGENCY_LEADS_GROUP = "agencyLeadsGroup";
    public static final String PLAN_MANAGERS_GROUP = "planManagersGroup";
    /** Candidate groups of Nominate action owner, comma-separated: the agency's leads, and the plan managers when it has none. */
    public static final String NOMINATING_GROUPS = "nominatingGroups";

    // Routing: the inputs of the action-routing decision, set by Start action, and its outputs
    public static final String AGENCY = "agency";
    public static final String REVIEW_REF = "reviewRef";
    /** The configured chair group (rat.groups.monitoring), which the decision's last row gives. */
    public static final String DEFAULT_CHAIR_GROUP = "defaultChairGroup";
    /** The configured board group (rat.groups.board), which the decision's last row gives. */
    public static final String DEFAULT_BOARD_GROUP = "defaultBoardGroup";
    /** Verifies evidence, decides on more time and on lapses: the decision's chairGroup output. */
    public static final String MONITORING_GROUP = "monitoringGroup";
    /** Challenges an escalated lapse: the decision's boardGroup output. */
    public static final String BOARD_GROUP = "boardGroup";

    // Confirm action dates form
    public static final String CONFIRMED_START_DATE = "confirmedStartDate";
    public static final String CONFIRMED_DUE_DATE = "confirmedDueDate";
    public static final String CONFIRMED_CADENCE = "confirmedReviewCadence";
    public static final String DATES_NOTE = "datesNote";
    // Nominate action owner form
    public static final String NOMINEE_ID = "nomineeId";
    /** "listed" or "invite": which of the form's two ways the lead took; only shows and hides fields. */
    public static final String NOMINEE_SOURCE = "nomineeSource";
    public static final String INVITEE_FIRST_NAME = "inviteeFirstName";
    public static final String INVITEE_LAST_NAME = "inviteeLastName";
    public static final String INVITEE_EMAIL = "inviteeEmail";
    public static final String INVITEE_USER_ID = "inviteeUserId";
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

    // Reminders and lapse, planned by the reminder service
    public static final String LAPSE_AT = "lapseAt";
    public static final String HAS_NEXT_REMINDER = "hasNextReminder";
    public static final String NEXT_REMINDER_AT = "nextReminderAt";
    public static final String NEXT_REMINDER_KIND = "nextReminderKind";
    public static final String NEXT_REMINDER_OFFSET = "nextReminderOffsetDays";
    public static final String NEXT_OVERDUE_REMINDER_AT = "nextOverdueReminderAt";
    public static final String CHAIR_DEADLINE = "chairDeadline";
    public static final String NEXT_BOARD_REVIEW_AT = "nextBoardReviewAt";
    /** After a reassignment the new owner has until then before a still-past-due action lapses again. */
    public static final String LAPSE_GRACE_UNTIL = "lapseGraceUntil";
    /** Why the action reached the board: the chair escalated it, or nobody decided in time. */
    public static final String ESCALATION_REASON = "escalationReason";

    // Decide on lapsed action form
    public static final String LAPSE_DECISION = "lapseDecision";
    public static final String REVISED_DUE_DATE = "revisedDueDate";
    public static final String REVISION_REASON = "revisionReason";
    public static final String NEW_OWNER_ID = "newOwnerId";
    public static final String ESCALATION_NOTE = "escalationNote";
    // Board challenge form
    public static final String BOARD_DECISION = "boardDecision";
    public static final String BOARD_DUE_DATE = "boardDueDate";
    public static final String BOARD_RATIONALE = "boardRationale";
    public static final String NEXT_BOARD_REVIEW = "nextBoardReview";
    // Deliver action form: asking for more time; Decide on extension form
    public static final String EXTENSION_DATE = "extensionDate";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String EXTENSION_RESPONSE = "extensionResponse";
    /** Set by the extension decision delegate for the gateway. */
    public static final String EXTENSION_APPROVED = "extensionApproved";
    // What the owner's extension e-mail says, set by the extension decision delegate
    public static final String EXTENSION_REQUESTED_DATE = "extensionRequestedDate";
    public static final String EXTENSION_DECISION_REASON = "extensionDecisionReason";
    public static final String EXTENSION_DECIDER = "extensionDecider";
    /** Set once the owner has had an assignment e-mail, so the next one says the plan was revised. */
    public static final String ASSIGNMENT_EMAILED = "assignmentEmailed";

    private Var() {}
  }

  /** Values of {@link Var#SUBMISSION} and {@link Var#EVIDENCE_DECISION}. */
  public static final class Value {
    public static final String SUBMIT_PROGRESS = "progress";
    public static final String SUBMIT_EVIDENCE = "evidence";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String SUBMIT_EXTENSION = "extension";
    public static final String REVISE = "revise";
    public static final String REASSIGN = "reassign";
    public static final String ESCALATE = "escalate";
    public static final String REQUIRE_ACTION = "requireAction";
    public static final String CLOSE_INCOMPLETE = "closeIncomplete";
    public static final String KEEP_ESCALATED = "keepEscalated";
    public static final String APPROVE = "approve";
    public static final String REFUSE = "refuse";

    private Value() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String START = "StartEvent_ActionStarted";
    public static final String START_ACTION = "Task_StartAction";
    public static final String ROUTE_ACTION = "Task_RouteAction";
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
    public static final String RUN_ACTION = "SubProcess_RunAction";
    public static final String PLAN_ACTION = "Task_PlanAction";
    public static final String PLAN_NEXT_REMINDER = "Task_PlanNextReminder";
    public static final String REMINDER_DUE = "Timer_ReminderDue";
    public static final String EMAIL_REMINDER = "Task_EmailReminder";
    public static final String NO_MORE_REMINDERS = "EndEvent_NoMoreReminders";
    public static final String ACTION_VERIFIED = "EndEvent_ActionVerified";
    public static final String EMAIL_COMPLETION = "Task_EmailCompletion";
    public static final String RECORD_EXTENSION_REQUEST = "Task_RecordExtensionRequest";
    public static final String DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String RECORD_EXTENSION_DECISION = "Task_RecordExtensionDecision";
    public static final String EMAIL_EXTENSION_DECISION = "Task_EmailExtensionDecision";
    public static final String HANDLE_LAPSE = "SubProcess_HandleLapse";
    public static final String ACTION_LAPSED = "StartEvent_ActionLapsed";
    public static final String RECORD_LAPSE = "Task_RecordLapse";
    public static final String EMAIL_OVERDUE = "Task_EmailOverdue";
    public static final String EMAIL_CHAIR_ESCALATION = "Task_EmailChairEscalation";
    public static final String OVERDUE_REMINDER_DUE = "Timer_OverdueReminderDue";
    public static final String PLAN_OVERDUE_REMINDER = "Task_PlanOverdueReminder";
    public static final String EMAIL_OVERDUE_REMINDER = "Task_EmailOverdueReminder";
    public static final String DECIDE_LAPSED_ACTION = "Task_DecideLapsedAction";
    public static final String CHAIR_SILENCE = "Timer_ChairSilence";
    public static final String VERIFY_EVIDENCE_OVERDUE = "Timer_VerifyEvidenceOverdue";
    public static final String EMAIL_VERIFICATION_OVERDUE = "Task_EmailVerificationOverdue";
    public static final String DECIDE_EXTENSION_OVERDUE = "Timer_DecideExtensionOverdue";
    public static final String EMAIL_EXTENSION_OVERDUE = "Task_EmailExtensionOverdue";
    public static final String NOMINATE_OWNER_OVERDUE = "Timer_NominateOwnerOverdue";
    public static final String EMAIL_NOMINATION_OVERDUE = "Task_EmailNominationOverdue";
    public static final String CONFIRM_DATES_OVERDUE = "Timer_ConfirmDatesOverdue";
    public static final String EMAIL_DATES_OVERDUE = "Task_EmailDatesOverdue";
    public static final String BOARD_CHALLENGE_OVERDUE = "Timer_BoardChallengeOverdue";
    public static final String EMAIL_BOARD_CHALLENGE_OVERDUE = "Task_EmailBoardChallengeOverdue";
    // The second period after a task's deadline: the routed board group takes the task on.
    public static final String CONFIRM_DATES_OVERDUE_TWICE = "Timer_ConfirmDatesOverdueTwice";
    public static final String TAKE_DATES_TO_BOARD = "Task_TakeDatesToBoard";
    public static final String NOMINATE_OWNER_OVERDUE_TWICE = "Timer_NominateOwnerOverdueTwice";
    public static final String TAKE_NOMINATION_TO_BOARD = "Task_TakeNominationToBoard";
    public static final String VERIFY_EVIDENCE_OVERDUE_TWICE = "Timer_VerifyEvidenceOverdueTwice";
    public static final String TAKE_VERIFICATION_TO_BOARD = "Task_TakeVerificationToBoard";
    public static final String DECIDE_EXTENSION_OVERDUE_TWICE = "Timer_DecideExtensionOverdueTwice";
    public static final String TAKE_EXTENSION_TO_BOARD = "Task_TakeExtensionToBoard";
    public static final String BOARD_CHALLENGE_OVERDUE_TWICE = "Timer_BoardChallengeOverdueTwice";
    public static final String EMAIL_BOARD_CHALLENGE_OVERDUE_AGAIN = "Task_EmailBoardChallengeOverdueAgain";
    /** Ends the nomination when the responsible role gets a holder on the People and roles page. */
    public static final String ROLE_HOLDER_NAMED = "Boundary_RoleHolderNamed";
    public static final String RECORD_LAPSE_DECISION = "Task_RecordLapseDecision";
    public static final String EMAIL_BOARD_ESCALATION = "Task_EmailBoardEscalation";
    public static final String RECORD_ESCALATION = "Task_RecordEscalation";
    public static final String BOARD_CHALLENGE = "Task_BoardChallenge";
    public static final String RECORD_BOARD_DECISION = "Task_RecordBoardDecision";
    public static final String NEXT_BOARD_REVIEW = "Timer_NextBoardReview";
    public static final String ACTION_REPLANNED = "Boundary_ActionReplanned";
    public static final String CLOSED_INCOMPLETE = "Boundary_ClosedIncomplete";
    public static final String END_CLOSED_INCOMPLETE = "EndEvent_ActionClosedIncomplete";
    /** Interrupting message boundary on Run action: a plan manager's correction re-plans the action. */
    public static final String PLAN_CORRECTED = "Boundary_PlanCorrected";
    /** The interrupting message event sub-process a withdrawal starts, and where it ends. */
    public static final String WITHDRAW_ACTION = "SubProcess_WithdrawAction";
    public static final String WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";
    public static final String END_WITHDRAWN = "EndEvent_ActionWithdrawn";

    private Element() {}
  }

  /**
   * Details an action's e-mail request carries: the notification process keeps each as a variable
   * {@code detail_<name>} and the mail templates read them by name.
   */
  public static final class MailDetail {
    public static final String REVISED = "revised";
    public static final String EVIDENCE_ID = "evidenceId";
    public static final String LAST_PROGRESS_DATE = "lastProgressDate";
    public static final String DAYS_BEFORE_DUE = "daysBeforeDue";
    public static final String WEEKLY = "weekly";
    public static final String NO_OWNER = "noOwner";
    public static final String DECISION_DEADLINE = "decisionDeadline";
    public static final String REASON = "reason";
    public static final String APPROVED = "approved";
    public static final String REQUESTED_DATE = "requestedDate";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String DECISION_REASON = "decisionReason";
    public static final String DECIDER = "deciderName";
    /** An overdue task (rat.deadlines): its element id, the name people see, and when it was due. */
    public static final String TASK_KEY = "taskKey";
    public static final String TASK_NAME = "taskName";
    public static final String TASK_DUE = "taskDue";
    /** The board already had the task (Board challenge): told again, not handed it. */
    public static final String AGAIN = "again";

    private MailDetail() {}
  }

  /** Messages a plan manager's change sends to the running action process (see {@code PlanChanges}). */
  public static final class Message {
    /**
     * The plan was corrected (new dates, or a new responsible role whose owner must be found again): leave the run
     * (and any lapse) and re-plan from the action's due date and owner.
     */
    public static final String PLAN_CORRECTED = "ActionPlanCorrected";
    /** The action was withdrawn: every open task and timer ends, and the process ends as withdrawn. */
    public static final String WITHDRAWN = "ActionWithdrawn";
    /** The action's responsible role got a holder while the action waits for a nomination: {@link Var#OWNER_ID} names them. */
    public static final String ROLE_HOLDER_NAMED = "ROLE_HOLDER_NAMED";

    private Message() {}
  }

  /** The people's tasks with a deadline under rat.deadlines; while one is past it, the action is Red. */
  public static final java.util.List<String> TASKS_WITH_DEADLINES = java.util.List.of(Element.CONFIRM_DATES,
      Element.NOMINATE_OWNER, Element.VERIFY_EVIDENCE, Element.DECIDE_EXTENSION, Element.BOARD_CHALLENGE);

  /** Escalation codes the sub-process throws to its boundary. */
  public static final class Escalation {
    public static final String REPLANNED = "ACTION_REPLANNED";
    public static final String CLOSED_INCOMPLETE = "ACTION_CLOSED_INCOMPLETE";

    private Escalation() {}
  }

  private ActionProcess() {}
}
