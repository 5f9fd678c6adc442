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
  /** Evidenced and verified: the only status that counts as done. */
  COMPLETE("Complete");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
