package org.reviewactions.plan;

import static org.reviewactions.plan.RecommendationProcess.Var;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/** Finds the recommendation (by id from the import, or by reference from a start form) and lists its actions. */
@Component("listRecommendationActionsDelegate")
class ListRecommendationActionsDelegate implements JavaDelegate {

  private final RecommendationService recommendations;
  private final GroupsProperties groups;

  ListRecommendationActionsDelegate(RecommendationService recommendations, GroupsProperties groups) {
    this.recommendations = recommendations;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = RecommendationVariables.recommendationId(execution);
    Recommendation recommendation = id != null ? recommendations.get(id)
        : recommendations.find(RecommendationVariables.text(execution, Var.REVIEW_REF),
            RecommendationVariables.text(execution, Var.RECOMMENDATION_NUMBER));
    List<Long> actionIds = recommendations.begin(recommendation, execution.getProcessInstanceId());
    execution.setVariable(Var.RECOMMENDATION_ID, recommendation.getId());
    execution.setProcessBusinessKey(recommendation.businessKey());
    execution.setVariable(Var.ACTION_IDS, new ArrayList<>(actionIds));
    execution.setVariable(Var.MONITORING_GROUP, groups.monitoring());
  }
}
