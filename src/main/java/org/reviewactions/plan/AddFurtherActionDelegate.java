package org.reviewactions.plan;

import static org.reviewactions.plan.RecommendationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.Action;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The default path out of the confirmation, so it also catches a decision that chose nothing; also the path of an
 * impact check that found no impact (the recommendation is reopened with a further action).
 */
@Component("addFurtherActionDelegate")
class AddFurtherActionDelegate implements JavaDelegate {

  private final RecommendationService recommendations;
  private final CurrentUser currentUser;

  AddFurtherActionDelegate(RecommendationService recommendations, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!RecommendationProcess.Value.FURTHER_ACTION.equals(RecommendationVariables.text(execution, Var.DECISION))
        && !RecommendationProcess.Value.NOT_EVIDENT.equals(RecommendationVariables.text(execution, Var.IMPACT_OUTCOME))) {
      throw new BusinessRuleException("Choose whether the recommendation is implemented or needs a further action.");
    }
    Action action = recommendations.addFurtherAction(RecommendationVariables.recommendationId(execution),
        RecommendationVariables.text(execution, Var.FURTHER_DESCRIPTION), RecommendationVariables.text(execution, Var.FURTHER_AGENCY),
        RecommendationVariables.text(execution, Var.FURTHER_RESPONSIBLE), RecommendationVariables.text(execution, Var.FURTHER_TIMESCALE),
        currentUser.id().orElse(null));
    execution.setVariable(Var.FURTHER_ACTION_ID, action.getId());
    for (String name : new String[] {Var.DECISION, Var.IMPACT_OUTCOME, Var.FURTHER_DESCRIPTION, Var.FURTHER_AGENCY, Var.FURTHER_RESPONSIBLE,
        Var.FURTHER_TIMESCALE}) {
      execution.removeVariable(name);
    }
  }
}
