package org.reviewactions.action;

/**
 * The names under which each form shows the review, recommendation, timescale and history without a second
 * screen: the forms show them in disabled fields, which Tasklist never submits back. In the action process they
 * are worked out from the plan tables when the form is read (action.ActionTaskDisplay), except the few the engine
 * must find among the task's variables; the other processes still write them as task-local display copies when a
 * task is created.
 */
public final class TaskContext {
  public static final String REVIEW = "ctxReview";
  public static final String RECOMMENDATION_NUMBER = "ctxRecommendationNumber";
  public static final String RECOMMENDATION_TEXT = "ctxRecommendationText";
  public static final String INTENDED_OUTCOME = "ctxIntendedOutcome";
  public static final String ACTION_DESCRIPTION = "ctxActionDescription";
  public static final String AGENCY = "ctxAgency";
  public static final String RESPONSIBLE = "ctxResponsible";
  public static final String OWNER = "ctxOwner";
  public static final String TIMESCALE = "ctxTimescale";
  public static final String START_DATE = "ctxStartDate";
  public static final String DUE_DATE = "ctxDueDate";
  public static final String REVIEW_CADENCE = "ctxReviewCadence";
  public static final String TIMESCALE_NOTE = "ctxTimescaleNote";
  public static final String STATUS = "ctxStatus";
  public static final String HISTORY = "ctxHistory";
  /** Evidence under review (Verify evidence) or the last rejection reason (Deliver action). */
  public static final String EVIDENCE = "ctxEvidence";
  public static final String LAST_REJECTION = "ctxLastRejection";
  /**
   * The latest evidence's references and files as a Markdown list of links, for the form's text view:
   * only http(s) addresses become links, and every other character of the owner's text is escaped.
   */
  public static final String EVIDENCE_LINKS = "ctxEvidenceLinks";
  /**
   * The action's evidence page on this site, naming the task so the page can link back to it
   * ({@code /actions/{id}/evidence-files?task={taskId}}); the Deliver action form shows it as a link.
   */
  public static final String EVIDENCE_URL = "ctxEvidenceUrl";
  /** The files waiting for the owner's next submission as a Markdown list (escaped), as they are when the form is read. */
  public static final String EVIDENCE_FILES = "ctxEvidenceFiles";
  public static final String DAYS_OVERDUE = "ctxDaysOverdue";
  public static final String DECISION_DEADLINE = "ctxDecisionDeadline";
  public static final String ESCALATION_REASON = "ctxEscalationReason";
  public static final String EXTENSION_REQUEST = "ctxExtensionRequest";
  /** All actions of a recommendation with their status (Confirm recommendation implemented). */
  public static final String ACTIONS_SUMMARY = "ctxActionsSummary";
  /** The people a lead may nominate, as the JSON list of {label, value} the form's select reads (valuesKey). */
  public static final String NOMINEE_CHOICES = "nomineeChoices";

  /** The mark of a display copy's name; the statement process's copies carry it too. */
  public static final String PREFIX = "ctx";

  private TaskContext() {}

  /**
   * Whether the variable is a display copy: shown by a form, never submitted, worked out from the plan tables
   * (when a task is created, or when its form is read). The engine keeps no history of them ({@link LeanHistory}).
   */
  public static boolean isDisplayCopy(String name) {
    return name != null && (name.startsWith(PREFIX) || NOMINEE_CHOICES.equals(name));
  }

  /** The engine's text column for variables and task descriptions (ACT_RU_VARIABLE.TEXT_, ACT_RU_TASK.DESCRIPTION_). */
  public static final int ENGINE_TEXT_MAX = 4_000;
  /** The engine's column for task names (ACT_RU_TASK.NAME_). */
  public static final int ENGINE_NAME_MAX = 255;

  /**
   * A display copy that fits the engine's text column: a plan's texts may be longer (20,000), so a long one is
   * shown from its start with a note, and the full text stays in the plan.
   */
  public static String fit(String text) {
    if (text == null || text.length() <= ENGINE_TEXT_MAX) {
      return text;
    }
    String note = "\n… (shortened here: the full text has " + String.format(java.util.Locale.UK, "%,d", text.length())
        + " characters and is kept in the plan)";
    return text.substring(0, ENGINE_TEXT_MAX - note.length()).stripTrailing() + note;
  }

  /** A task name that fits the engine's column, cut with an ellipsis. */
  public static String fitName(String name) {
    return name == null || name.length() <= ENGINE_NAME_MAX ? name : name.substring(0, ENGINE_NAME_MAX - 1) + "…";
  }
}
