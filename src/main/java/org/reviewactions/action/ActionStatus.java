package org.reviewactions.action;

/** The life of an action from import to verified completion. */
public enum ActionStatus {
  /** Imported; the process has not reached the owner yet. */
  NOT_STARTED("Not started"),
  /** The timescale could not be read with confidence; a plan manager must confirm the dates. */
  AWAITING_DATES("Dates to confirm"),
  /** The responsible role has no holder; the agency's leads must nominate an owner. */
  AWAITING_OWNER("Owner to nominate"),
  IN_PROGRESS("In progress"),
  EVIDENCE_SUBMITTED("Evidence submitted"),
  EVIDENCE_REJECTED("Evidence rejected"),
  /** The due date passed without verified evidence: Red, with the sub-group chair. */
  LAPSED("Lapsed"),
  /** The chair escalated the lapse, or did not decide in time: with the board. */
  ESCALATED("Escalated to the board"),
  /** Evidenced and verified: the only status that counts as done. */
  COMPLETE("Complete"),
  /** The board closed it without completion, with a recorded rationale. Never shown as Complete. */
  CLOSED_INCOMPLETE("Closed without completion"),
  /** A plan manager withdrew it from the plan, with a recorded reason. Never counted as complete. */
  WITHDRAWN("Withdrawn");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the action's process has ended for good: nothing more can change it. */
  public boolean ended() {
    return this == COMPLETE || this == CLOSED_INCOMPLETE || this == WITHDRAWN;
  }
}
