package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.reviewactions.action.AddedActions;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.springframework.stereotype.Component;

/**
 * Runs an action a plan manager added after import inside the recommendation's process, by process instance
 * modification, so that "Confirm recommendation implemented" waits for it:
 * <ul>
 *   <li>while "Run each action" runs, one more instance joins its parallel multi-instance body (the body counts it in
 *       {@code nrOfInstances}, so it completes only when the added action ends too);</li>
 *   <li>while the confirmation waits, a new "Run each action" runs the added action and the waiting confirmation is
 *       withdrawn; it comes back when the action ends.</li>
 * </ul>
 * While a further action the sub-group added runs (a single call activity), a second token would reach the
 * confirmation on its own, so the addition is refused until that action ends.
 */
@Component
class RecommendationAddedActions implements AddedActions {

  private static final String RUN_ACTIONS_BODY = RecommendationProcess.Element.RUN_ACTIONS + "#multiInstanceBody";

  private final RecommendationService recommendations;
  private final RuntimeService runtime;

  RecommendationAddedActions(RecommendationService recommendations, RuntimeService runtime) {
    this.recommendations = recommendations;
    this.runtime = runtime;
  }

  @Override
  public Optional<String> start(Long recommendationId, Long actionId) {
    Recommendation recommendation = recommendations.get(recommendationId);
    String process = recommendation.getProcessInstanceId();
    ActivityInstance tree = process == null ? null : runtime.getActivityInstance(process);
    if (tree == null) {
      return Optional.of("The recommendation's process is not running, so an action cannot be added to it.");
    }
    if (tree.getActivityInstances(RecommendationProcess.Element.RUN_FURTHER_ACTION).length > 0) {
      return Optional.of("A further action the monitoring sub-group added is running for this recommendation. "
          + "Add this action once it has ended.");
    }
    ActivityInstance[] bodies = tree.getActivityInstances(RUN_ACTIONS_BODY);
    if (bodies.length == 1) {
      runtime.createProcessInstanceModification(process)
          .startBeforeActivity(RecommendationProcess.Element.RUN_ACTIONS, bodies[0].getId())
          .setVariableLocal(RecommendationProcess.Var.ACTION_ID, actionId)
          .execute();
      return Optional.empty();
    }
    if (tree.getActivityInstances(RecommendationProcess.Element.CONFIRM_IMPLEMENTED).length > 0) {
      // Started before the confirmation is withdrawn: withdrawing it first would leave the process nothing to do.
      runtime.setVariable(process, RecommendationProcess.Var.ACTION_IDS, new ArrayList<>(List.of(actionId)));
      runtime.createProcessInstanceModification(process)
          .startBeforeActivity(RUN_ACTIONS_BODY)
          .cancelAllForActivity(RecommendationProcess.Element.CONFIRM_IMPLEMENTED)
          .execute();
      recommendation.setStatus(RecommendationStatus.IN_PROGRESS);
      return Optional.empty();
    }
    return Optional.of("The recommendation's process is not at a point where an action can be added.");
  }
}
