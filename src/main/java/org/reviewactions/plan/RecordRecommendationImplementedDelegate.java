package org.reviewactions.plan;

import static org.reviewactions.plan.RecommendationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Confirms the recommendation implemented and schedules its impact check; the timer waits for the check's date. */
@Component("recordRecommendationImplementedDelegate")
class RecordRecommendationImplementedDelegate implements JavaDelegate {

  private final RecommendationService recommendations;
  private final ImpactCheckRules rules;
  private final CurrentUser currentUser;

  RecordRecommendationImplementedDelegate(RecommendationService recommendations, ImpactCheckRules rules,
      CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Read (and refused) before anything is written.
    ImpactCheckRules.Plan check = rules.confirmed(RecommendationVariables.text(execution, Var.IMPACT_CHECK_DATE),
        RecommendationVariables.text(execution, Var.IMPACT_CHECK_METHOD),
        RecommendationVariables.text(execution, Var.IMPACT_CHECK_NOTE));
    recommendations.confirmImplemented(RecommendationVariables.recommendationId(execution), currentUser.id().orElse(null),
        RecommendationVariables.text(execution, Var.CONFIRMATION_NOTE), check.dueDate(), check.method(), check.note());
    execution.setVariable(Var.IMPACT_CHECK_AT, rules.firesAt(check.dueDate()));
    for (String name : new String[] {Var.DECISION, Var.CONFIRMATION_NOTE, Var.IMPACT_CHECK_DATE, Var.IMPACT_CHECK_METHOD,
        Var.IMPACT_CHECK_NOTE}) {
      execution.removeVariable(name);
    }
  }
}
