package org.reviewactions.plan;

import static org.reviewactions.plan.RecommendationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordRecommendationImplementedDelegate")
class RecordRecommendationImplementedDelegate implements JavaDelegate {

  private final RecommendationService recommendations;
  private final CurrentUser currentUser;

  RecordRecommendationImplementedDelegate(RecommendationService recommendations, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recommendations.confirmImplemented(RecommendationVariables.recommendationId(execution), currentUser.id().orElse(null),
        RecommendationVariables.text(execution, Var.CONFIRMATION_NOTE));
    execution.removeVariable(Var.DECISION);
    execution.removeVariable(Var.CONFIRMATION_NOTE);
  }
}
