package org.reviewactions.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.action.TaskContext;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Review;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Component;

/** Context for "Assess impact": the recommendation, the check that is due, and what earlier checks found. */
@Component("impactTaskContextListener")
class ImpactTaskContextListener implements TaskListener {

  private final RecommendationService recommendations;

  ImpactTaskContextListener(RecommendationService recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = RecommendationVariables.recommendationId(task);
    Recommendation recommendation = recommendations.get(id);
    Review review = recommendation.getReview();
    task.setVariableLocal(TaskContext.REVIEW, TaskContext.fit(review.getTitle() + " (" + review.getBoard() + ")"));
    task.setVariableLocal(TaskContext.RECOMMENDATION_NUMBER, recommendation.getNumber());
    task.setVariableLocal(TaskContext.RECOMMENDATION_TEXT, TaskContext.fit(recommendation.getText()));
    task.setVariableLocal(TaskContext.INTENDED_OUTCOME,
        recommendation.getIntendedOutcome() == null ? "None given" : TaskContext.fit(recommendation.getIntendedOutcome()));
    ImpactCheck due = recommendations.dueImpactCheck(id)
        .orElseThrow(() -> new IllegalStateException("Recommendation " + id + " has no impact check due"));
    task.setVariableLocal(RecommendationProcess.Var.CTX_IMPACT_CHECK, TaskContext.fit(due.getMethod().label() + ", due "
        + FormDates.shown(due.getDueDate()) + (due.getNote() == null ? "" : "\n" + due.getNote())));
    List<ImpactCheck> earlier = recommendations.impactChecks(id).stream()
        .filter(c -> c.getStatus() == ImpactCheck.Status.ASSESSED).toList();
    task.setVariableLocal(RecommendationProcess.Var.CTX_EARLIER_CHECKS, earlier.isEmpty() ? "None: this is the first check"
        : TaskContext.fit(earlier.stream().map(c -> FormDates.shown(c.getDueDate()) + ": " + c.getJudgement().label()
            + "\n   " + c.getFindings().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"))));
    task.setVariableLocal(RecommendationProcess.Var.CTX_IMPACT_FILES_URL, "/recommendations/" + id + "/impact/files");
    task.setVariableLocal(TaskContext.STATUS, "Implemented: assess its impact");
    task.setVariableLocal(TaskContext.DUE_DATE, FormDates.shown(due.getDueDate()));
    task.setName(TaskContext.fitName(task.getName() + ": " + review.getTitle() + " " + recommendation.getNumber()));
    task.setDescription(TaskContext.fit(recommendation.getText()));
  }
}
