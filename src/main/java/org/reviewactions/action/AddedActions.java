package org.reviewactions.action;

import java.util.Optional;

/**
 * Starts an action added to a recommendation after import inside the recommendation's running process, so the
 * recommendation is not confirmed before the added action ends. The recommendation process belongs to the plan
 * module, which implements this; the action module asks through it rather than depend on plan.
 */
public interface AddedActions {

  /**
   * Runs the (already saved) action as part of its recommendation's process.
   *
   * @return empty when it started; otherwise why it cannot start now, for the plan manager
   */
  Optional<String> start(Long recommendationId, Long actionId);
}
