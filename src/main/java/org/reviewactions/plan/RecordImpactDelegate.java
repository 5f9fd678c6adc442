package org.reviewactions.plan;

import static org.reviewactions.plan.RecommendationProcess.Var;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.review.ImpactJudgement;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Record impact assessment": the sub-group's findings, evidence and judgement on the due check. Everything is read
 * and refused (naming the field) before anything is written; a "not evident" judgement's further action is created by
 * "Add further action" next, in the same transaction, so a refusal there saves nothing either.
 */
@Component("recordImpactDelegate")
class RecordImpactDelegate implements JavaDelegate {

  private final RecommendationService recommendations;
  private final ImpactCheckRules rules;
  private final CurrentUser currentUser;

  RecordImpactDelegate(RecommendationService recommendations, ImpactCheckRules rules, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.rules = rules;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String chosen = RecommendationVariables.text(execution, Var.IMPACT_JUDGEMENT);
    ImpactJudgement judgement = ImpactJudgement.ofFormValue(chosen == null ? "" : chosen.strip())
        .orElseThrow(() -> new BusinessRuleException(Var.IMPACT_JUDGEMENT,
            "Judgement: choose whether the learning is embedded, partly embedded or not evident."));
    String findings = ImpactCheckRules.text(RecommendationVariables.text(execution, Var.IMPACT_FINDINGS),
        Var.IMPACT_FINDINGS, "What was found");
    if (findings == null) {
      throw new BusinessRuleException(Var.IMPACT_FINDINGS, "What was found: say what the check found.");
    }
    String summary = ImpactCheckRules.text(RecommendationVariables.text(execution, Var.IMPACT_EVIDENCE_SUMMARY),
        Var.IMPACT_EVIDENCE_SUMMARY, "Evidence summary");
    String references = ImpactCheckRules.text(RecommendationVariables.text(execution, Var.IMPACT_EVIDENCE_REFERENCES),
        Var.IMPACT_EVIDENCE_REFERENCES, "Evidence references");
    LocalDate next = judgement == ImpactJudgement.PARTLY
        ? rules.nextCheck(RecommendationVariables.text(execution, Var.NEXT_IMPACT_CHECK_DATE)) : null;

    recommendations.assessImpact(RecommendationVariables.recommendationId(execution), findings, summary, references,
        judgement, next, currentUser.id().orElse(null));
    if (next != null) {
      execution.setVariable(Var.IMPACT_CHECK_AT, rules.firesAt(next));
    }
    execution.setVariable(Var.IMPACT_OUTCOME, judgement.formValue());
    if (judgement != ImpactJudgement.NOT_EVIDENT) {
      // Typed and then hidden by choosing another judgement: not an action to create later.
      for (String name : new String[] {Var.FURTHER_DESCRIPTION, Var.FURTHER_AGENCY, Var.FURTHER_RESPONSIBLE,
          Var.FURTHER_TIMESCALE}) {
        execution.removeVariable(name);
      }
    }
    for (String name : new String[] {Var.IMPACT_JUDGEMENT, Var.IMPACT_FINDINGS, Var.IMPACT_EVIDENCE_SUMMARY,
        Var.IMPACT_EVIDENCE_REFERENCES, Var.NEXT_IMPACT_CHECK_DATE}) {
      execution.removeVariable(name);
    }
  }
}
