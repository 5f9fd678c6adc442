package org.reviewactions.statement;

/** Where an agency's statement stands; only {@link #APPROVED} is ever published. */
public enum StatementStatus {
  REQUESTED("Requested"),
  WRITTEN("Waiting for approval"),
  RETURNED("Returned to the agency"),
  APPROVED("Approved");

  private final String label;

  StatementStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
