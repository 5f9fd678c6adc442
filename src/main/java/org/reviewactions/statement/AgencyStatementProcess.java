package org.reviewactions.statement;

/** Names shared by {@code processes/agency-statement.bpmn}, its forms, delegates and tests. */
public final class AgencyStatementProcess {

  public static final String KEY = "agency-statement";
  /** The e-mail kind (templates/mail/statement-late*) sent when Write statement passes its deadline. */
  public static final String LATE_MAIL = "statement-late";
  /** The e-mail kind (templates/mail/statement-waiting*) telling a task's candidates it waits for them. */
  public static final String WAITING_MAIL = "statement-waiting";

  /** Process variables: ids and routing only; the statement itself lives in the agency_statement table. */
  public static final class Var {
    public static final String STATEMENT_ID = "statementId";
    public static final String AGENCY_LEADS_GROUP = "agencyLeadsGroup";
    /**
     * Who writes the statement: the agency's leads, and the plan managers too while the agency has no lead
     * (comma-separated group ids), so the task never waits in a group nobody is in.
     */
    public static final String WRITING_GROUPS = "writingGroups";
    public static final String MONITORING_GROUP = "monitoringGroup";
    /** When the statement is due: Write statement's due date and the late timer. */
    public static final String DEADLINE = "deadline";
    // Context both forms show (disabled fields, never taken back)
    public static final String CTX_REVIEW = "ctxReview";
    public static final String CTX_AGENCY = "ctxAgency";
    public static final String CTX_DEADLINE = "ctxDeadline";
    // Write agency progress statement form
    public static final String STATEMENT = "statement";
    // Review agency progress statement form; the comment is shown to the lead when the statement comes back
    public static final String DECISION = "statementDecision";
    public static final String RETURN_COMMENT = "returnComment";
    /** Set by the decision delegate for the gateway. */
    public static final String APPROVED = "statementApproved";

    private Var() {}
  }

  /** Values of {@link Var#DECISION}. */
  public static final class Value {
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    private Value() {}
  }

  /** Element ids in the diagram. */
  public static final class Element {
    public static final String START = "StartEvent_StatementRequested";
    public static final String WRITE_STATEMENT = "Task_WriteStatement";
    public static final String RECORD_STATEMENT = "Task_RecordStatement";
    public static final String REVIEW_STATEMENT = "Task_ReviewStatement";
    public static final String RECORD_DECISION = "Task_RecordStatementDecision";
    public static final String STATEMENT_APPROVED = "Gateway_StatementApproved";
    public static final String END_APPROVED = "EndEvent_StatementApproved";
    public static final String STATEMENT_LATE = "Timer_StatementLate";
    public static final String EMAIL_LATE = "Task_EmailStatementLate";
    public static final String END_LATE_TOLD = "EndEvent_LatenessTold";

    private Element() {}
  }

  /** Details the late e-mail request carries (the notification process keeps each as {@code detail_<name>}). */
  public static final class MailDetail {
    public static final String STATEMENT_ID = "statementId";
    /** Which task waits: one of {@link StepMail}. */
    public static final String STEP = "step";
    public static final String RETURN_COMMENT = "returnComment";

    private MailDetail() {}
  }

  /** Values of {@link MailDetail#STEP}. */
  public static final class StepMail {
    public static final String WRITE = "write";
    public static final String RETURNED = "returned";
    public static final String REVIEW = "review";

    private StepMail() {}
  }

  private AgencyStatementProcess() {}

  /** Who writes: {@link Var#WRITING_GROUPS}, or the leads alone in instances started before it existed. */
  static String writingGroups(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Object groups = scope.getVariable(Var.WRITING_GROUPS);
    return groups != null ? groups.toString() : (String) scope.getVariable(Var.AGENCY_LEADS_GROUP);
  }
}
