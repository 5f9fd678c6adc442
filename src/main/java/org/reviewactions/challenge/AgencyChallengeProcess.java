package org.reviewactions.challenge;

/** Names shared by {@code processes/agency-challenge.bpmn}, its forms, delegates and tests. */
public final class AgencyChallengeProcess {

  public static final String KEY = "agency-challenge";
  /** The e-mail kind (templates/mail/challenge-waiting*) telling a task's candidates it waits for them. */
  public static final String WAITING_MAIL = "challenge-waiting";
  /** The e-mail kind (templates/mail/challenge-reminder*) sent to the leads when the response date passes. */
  public static final String REMINDER_MAIL = "challenge-reminder";

  /** Process variables: ids and routing only; the challenge itself lives in the agency_challenge tables. */
  public static final class Var {
    public static final String CHALLENGE_ID = "challengeId";
    // Inputs of the action-routing decision, the same ladder a lapse climbs
    public static final String AGENCY = "agency";
    public static final String REVIEW_REF = "reviewRef";
    public static final String DEFAULT_CHAIR_GROUP = "defaultChairGroup";
    public static final String DEFAULT_BOARD_GROUP = "defaultBoardGroup";
    /** Reviews the response: the decision's chairGroup output. */
    public static final String MONITORING_GROUP = "monitoringGroup";
    /** Considers an escalated challenge: the decision's boardGroup output. */
    public static final String BOARD_GROUP = "boardGroup";
    /**
     * Who responds: the agency's leads, and the plan managers too while the agency has no lead (comma-separated
     * group ids), so the task never waits in a group nobody is in.
     */
    public static final String RESPONDING_GROUPS = "respondingGroups";
    /** The end of the response date: Respond to challenge's due date and the reminder timer. */
    public static final String RESPONSE_DUE = "responseDue";
    // Context the forms show (disabled fields, never taken back)
    public static final String CTX_REVIEW = "ctxReview";
    public static final String CTX_AGENCY = "ctxAgency";
    public static final String CTX_CONCERN = "ctxConcern";
    public static final String CTX_ACTIONS = "ctxActions";
    public static final String CTX_RESPONSE_DUE = "ctxResponseDue";
    public static final String CTX_RAISED_BY = "ctxRaisedBy";
    // Respond to challenge form
    public static final String RESPONSE = "challengeResponse";
    // Review challenge response form
    public static final String DECISION = "challengeDecision";
    public static final String ESCALATION_REASON = "escalationReason";
    /** Set by the decision delegate for the gateway. */
    public static final String ACCEPTED = "challengeAccepted";
    // Consider escalated challenge form
    public static final String BOARD_OUTCOME = "boardOutcome";

    private Var() {}
  }

  /** Values of {@link Var#DECISION}. */
  public static final class Value {
    public static final String ACCEPT = "accept";
    public static final String ESCALATE = "escalate";

    private Value() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String START = "StartEvent_ChallengeRaised";
    public static final String ROUTE = "Task_RouteChallenge";
    public static final String RESPOND = "Task_RespondToChallenge";
    public static final String RESPONSE_DATE_PASSED = "Timer_ResponseDatePassed";
    public static final String EMAIL_REMINDER = "Task_EmailChallengeReminder";
    public static final String END_REMINDED = "EndEvent_LeadsReminded";
    public static final String UNANSWERED = "Timer_ChallengeUnanswered";
    public static final String RECORD_UNANSWERED = "Task_RecordUnansweredChallenge";
    public static final String RECORD_RESPONSE = "Task_RecordChallengeResponse";
    public static final String REVIEW_RESPONSE = "Task_ReviewChallengeResponse";
    public static final String RECORD_DECISION = "Task_RecordChallengeDecision";
    public static final String RESPONSE_ACCEPTED = "Gateway_ResponseAccepted";
    public static final String END_ACCEPTED = "EndEvent_ResponseAccepted";
    public static final String TO_BOARD = "Gateway_ToBoard";
    public static final String CONSIDER = "Task_ConsiderEscalatedChallenge";
    public static final String RECORD_OUTCOME = "Task_RecordBoardOutcome";
    public static final String END_CONSIDERED = "EndEvent_ChallengeConsidered";

    private Element() {}
  }

  /** Details the e-mail requests carry (the notification process keeps each as {@code detail_<name>}). */
  public static final class MailDetail {
    public static final String CHALLENGE_ID = "challengeId";
    /** Which task waits: {@link Element#RESPOND}, {@link Element#REVIEW_RESPONSE} or {@link Element#CONSIDER}. */
    public static final String TASK = "task";

    private MailDetail() {}
  }

  private AgencyChallengeProcess() {}
}
