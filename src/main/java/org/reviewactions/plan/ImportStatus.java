package org.reviewactions.plan;

import java.time.Instant;

/**
 * A background import as its plan manager follows it ({@code GET /api/imports/{id}} and the import page).
 *
 * @param status where it stands; DONE keeps the whole plan, ROLLED_BACK keeps nothing of it
 * @param actionsSaved how many actions are saved so far (not yet visible as work: their processes are not running)
 * @param actionsStarted how many actions have their process started (held until the last one is)
 * @param outcome what the plan manager is told, in a sentence
 * @param error what went wrong, for FAILED and ROLLED_BACK
 */
public record ImportStatus(long id, String reviewRef, Status status, int recommendationCount, int actionCount,
    int actionsSaved, int actionsStarted, String startedBy, Instant queuedAt, Instant finishedAt, String outcome,
    String error) {

  /** Where a background import stands. */
  public enum Status {
    /** Waiting for the import before it on this node. */
    QUEUED,
    /** Being saved and started, chunk by chunk; nothing of it can be worked yet. */
    RUNNING,
    /** Every recommendation and action saved and running. */
    DONE,
    /** Failed, and what it saved is still being removed (or is removed when the application next starts). */
    FAILED,
    /** Failed or interrupted; everything it had saved and started is removed. */
    ROLLED_BACK;

    boolean finished() {
      return this == DONE || this == ROLLED_BACK;
    }
  }

  /** Whether the page should look again for progress. */
  public boolean inProgress() {
    return !status.finished();
  }

  /** The share of the work done, 0 to 100: saving is the first tenth, starting processes the rest. */
  public int percent() {
    if (status == Status.DONE) {
      return 100;
    }
    if (actionCount == 0) {
      return 0;
    }
    return (int) Math.min(99, (actionsSaved * 10L + actionsStarted * 90L) / actionCount);
  }

  static String outcome(Status status, String reviewRef) {
    return switch (status) {
      case QUEUED -> "Waiting for another import to finish. Nothing of this plan is saved yet.";
      case RUNNING -> "Importing. Nothing of this plan can be worked on, and no one is e-mailed about it, until every "
          + "action is started.";
      case DONE -> "The whole plan of review " + reviewRef + " was imported: every action is started.";
      case FAILED -> "The import failed. What it had saved is being removed; nothing of this plan will be kept.";
      case ROLLED_BACK -> "The import did not complete, so nothing of this plan was kept: no review, recommendation, "
          + "action, task or e-mail. Import the plan again.";
    };
  }
}
