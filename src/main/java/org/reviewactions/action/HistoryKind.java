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
  COMPLETED
}
