package org.reviewactions.action;

/**
 * A plan manager's change to a live plan was refused: either what they sent is wrong ({@link Why#INVALID},
 * 400, naming the field) or the action is where the change cannot apply ({@link Why#CONFLICT}, 409).
 * Thrown before or after the engine call, always inside the change's transaction, so nothing is kept.
 */
class PlanChangeRefused extends RuntimeException {

  enum Why { INVALID, CONFLICT }

  private final Why why;
  private final String field;

  private PlanChangeRefused(Why why, String field, String message) {
    super(message);
    this.why = why;
    this.field = field;
  }

  static PlanChangeRefused invalid(String field, String message) {
    return new PlanChangeRefused(Why.INVALID, field, message);
  }

  static PlanChangeRefused conflict(String message) {
    return new PlanChangeRefused(Why.CONFLICT, null, message);
  }

  Why why() { return why; }

  /** The request field at fault, or null. */
  String field() { return field; }
}
