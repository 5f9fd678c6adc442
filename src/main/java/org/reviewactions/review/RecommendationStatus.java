package org.reviewactions.review;

/**
 * Where a recommendation stands: its actions are running, the monitoring sub-group confirmed it implemented, and
 * then what the impact check found. A "partly embedded" judgement leaves it {@link #IMPLEMENTED}, with another check
 * due: the learning is not yet shown to be embedded, and nothing is asked of anyone but the next check.
 */
public enum RecommendationStatus {
  IN_PROGRESS("In progress"),
  AWAITING_CONFIRMATION("Awaiting confirmation"),
  /** Confirmed implemented; its impact is still to be checked (or was found partly embedded). */
  IMPLEMENTED("Implemented"),
  /** An impact check found the learning embedded: done. */
  IMPACT_ASSURED("Impact assured"),
  /** An impact check found no evidence of impact: reopened with a further action, confirmed again later. */
  IMPACT_NOT_EVIDENT("Impact not evident");

  private final String label;

  RecommendationStatus(String label) {
    this.label = label;
  }

  /** The status as people read it. */
  public String label() {
    return label;
  }

  /** Confirmed implemented, whether or not its impact has been assured yet: nothing may be added to its plan. */
  public boolean isImplemented() {
    return this == IMPLEMENTED || this == IMPACT_ASSURED;
  }
}
