package org.reviewactions.quarterly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** List open reviews, and fix the day every report of this run is "as at": today, once, for all of them. */
@Component("listOpenReviewsDelegate")
class ListOpenReviewsDelegate implements JavaDelegate {

  private final QuarterlyReports quarterly;

  ListOpenReviewsDelegate(QuarterlyReports quarterly) {
    this.quarterly = quarterly;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(QuarterlyReportProcess.Var.AS_AT, quarterly.today().toString());
    execution.setVariable(QuarterlyReportProcess.Var.REVIEW_IDS, quarterly.openReviews());
  }
}
