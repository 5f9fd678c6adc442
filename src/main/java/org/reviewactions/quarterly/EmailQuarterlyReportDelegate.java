package org.reviewactions.quarterly;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Email quarterly report, once per open review: asks the notification process for the board members' e-mails. The
 * report and its PDF are built when each e-mail is sent, as at the run's day, so a retry sends the same report.
 */
@Component("emailQuarterlyReportDelegate")
class EmailQuarterlyReportDelegate implements JavaDelegate {

  private final QuarterlyReports quarterly;

  EmailQuarterlyReportDelegate(QuarterlyReports quarterly) {
    this.quarterly = quarterly;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reviewId = ((Number) execution.getVariable(QuarterlyReportProcess.Var.REVIEW_ID)).longValue();
    LocalDate asAt = LocalDate.parse((String) execution.getVariable(QuarterlyReportProcess.Var.AS_AT));
    quarterly.requestEmails(reviewId, asAt, execution.getProcessInstanceId());
  }
}
