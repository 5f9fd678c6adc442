package org.reviewactions.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.action.TaskContext;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Review;
import org.springframework.stereotype.Component;

/** Context for "Confirm recommendation implemented": the recommendation and where each action stands. */
@Component("recommendationTaskContextListener")
class RecommendationTaskContextListener implements TaskListener {

  private final RecommendationService recommendations;

  RecommendationTaskContextListener(RecommendationService recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = RecommendationVariables.recommendationId(task);
    recommendations.awaitConfirmation(id);
    Recommendation recommendation = recommendations.get(id);
    Review review = recommendation.getReview();
    task.setVariableLocal(TaskContext.REVIEW, TaskContext.fit(review.getTitle() + " (" + review.getBoard() + ")"));
    task.setVariableLocal(TaskContext.RECOMMENDATION_NUMBER, recommendation.getNumber());
    task.setVariableLocal(TaskContext.RECOMMENDATION_TEXT, TaskContext.fit(recommendation.getText()));
    task.setVariableLocal(TaskContext.INTENDED_OUTCOME,
        recommendation.getIntendedOutcome() == null ? "None given" : TaskContext.fit(recommendation.getIntendedOutcome()));
    task.setVariableLocal(TaskContext.ACTIONS_SUMMARY, fitted(recommendations.actionsSummary(id)));
    // Shown as columns in Tasklist's filtered lists, like an action task's.
    task.setVariableLocal(TaskContext.STATUS, "All actions closed: confirm the recommendation");
    task.setVariableLocal(TaskContext.DUE_DATE, "No due date");
    task.setName(TaskContext.fitName(task.getName() + ": " + review.getTitle() + " " + recommendation.getNumber()));
    task.setDescription(TaskContext.fit(recommendation.getText()));
  }

  /** A recommendation of many long actions would overflow the engine's text column (4,000); the form shows the start. */
  static String fitted(String summary) {
    int max = TaskContext.ENGINE_TEXT_MAX;
    return summary.length() <= max ? summary : summary.substring(0, max - 60).stripTrailing()
        + "\n… (more actions: see each action in the tracker)";
  }
}
