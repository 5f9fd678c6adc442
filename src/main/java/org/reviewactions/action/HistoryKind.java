package org.reviewactions.action;

/** Kinds of history entry, stored by name. */
public enum HistoryKind {
  IMPORTED,
  STARTED,
  DATES_CONFIRMED,
  OWNER_ASSIGNED,
  OWNER_NOMINATED,
  PROGRESS,
  EVIDENCE_SUBMITTED,
  EVIDENCE_ACCEPTED,
  EVIDENCE_REJECTED,
  COMPLETED,
  LAPSED,
  TIMESCALE_REVISED,
  REASSIGNED,
  ESCALATED,
  BOARD_DECISION,
  CLOSED_INCOMPLETE,
  EXTENSION_REQUESTED,
  EXTENSION_DECIDED,
  /** The action's responsible role got a new holder on the People and roles page, and the action followed. */
  ROLE_HOLDER_CHANGED,
  // A plan manager's change to the live plan (the action's changes page), each with its reason
  DATES_CORRECTED,
  RESPONSIBLE_CHANGED,
  WITHDRAWN,
  ACTION_ADDED,
  TEXT_EDITED,
  /** A task still open a second period after its deadline went to the board (or, the board's own, the board was told again). */
  TASK_ESCALATED,
  // An agency challenge about the action (module challenge): each step, on every action it names
  CHALLENGE_RAISED,
  CHALLENGE_REMINDED,
  CHALLENGE_ANSWERED,
  CHALLENGE_ACCEPTED,
  CHALLENGE_ESCALATED,
  CHALLENGE_OUTCOME
}
