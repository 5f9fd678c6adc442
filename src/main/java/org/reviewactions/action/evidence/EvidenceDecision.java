package org.reviewactions.action.evidence;

/** The monitoring sub-group's verdict on submitted evidence. */
public enum EvidenceDecision {
  ACCEPTED,
  REJECTED
}
