package org.reviewactions.plan;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.reviewactions.action.TaskOverdueNotices;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/**
 * The overdue ladder of the recommendation's people's tasks, "Confirm recommendation implemented" and "Assess impact"
 * (both rat.deadlines.confirm-recommendation-implemented; the send task names its task in the input
 * {@code overdueTaskKey}, and definitions deployed before it had one only chase the confirmation): at its deadline the monitoring sub-group is told and the task goes Red; a second period later the board group
 * (rat.groups.board: a recommendation is not routed by agency as its actions are) may confirm it and is told.
 */
@Component
class OverdueConfirmation {

  private final TaskOverdueNotices notices;
  private final RecommendationService recommendations;
  private final GroupsProperties groups;

  OverdueConfirmation(TaskOverdueNotices notices, RecommendationService recommendations, GroupsProperties groups) {
    this.notices = notices;
    this.recommendations = recommendations;
    this.groups = groups;
  }

  void overdue(DelegateExecution execution) {
    notices.overdue(execution, taskKey(execution),
        (String) execution.getVariable(RecommendationProcess.Var.MONITORING_GROUP), about(execution));
  }

  void overdueTwice(DelegateExecution execution) {
    notices.toBoard(execution, taskKey(execution), groups.board(), about(execution));
  }

  private static String taskKey(DelegateExecution execution) {
    Object key = execution.getVariableLocal(RecommendationProcess.Var.OVERDUE_TASK_KEY);
    return key == null ? RecommendationProcess.Element.CONFIRM_IMPLEMENTED : key.toString();
  }

  private Map<String, String> about(DelegateExecution execution) {
    Recommendation recommendation = recommendations.get(RecommendationVariables.recommendationId(execution));
    return Map.of(TaskOverdueNotices.ABOUT, "recommendation " + recommendation.getNumber(),
        TaskOverdueNotices.REVIEW_TITLE, recommendation.getReview().getTitle());
  }
}
