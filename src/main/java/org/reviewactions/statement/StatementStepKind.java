package org.reviewactions.statement;

/** What happened to a statement, as its history lists it. */
public enum StatementStepKind {
  REQUESTED("Requested"),
  WRITTEN("Written"),
  RETURNED("Returned"),
  APPROVED("Approved"),
  LATE("Deadline passed: leads and chair e-mailed");

  private final String label;

  StatementStepKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
