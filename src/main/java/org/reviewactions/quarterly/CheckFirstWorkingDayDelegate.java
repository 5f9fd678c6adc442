package org.reviewactions.quarterly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Check first working day: the cron fires on several days of the quarter's first week; only one of them is it. */
@Component("checkFirstWorkingDayDelegate")
class CheckFirstWorkingDayDelegate implements JavaDelegate {

  private final QuarterlyReports quarterly;

  CheckFirstWorkingDayDelegate(QuarterlyReports quarterly) {
    this.quarterly = quarterly;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(QuarterlyReportProcess.Var.FIRST_WORKING_DAY,
        quarterly.isFirstWorkingDayOfQuarter(quarterly.today()));
  }
}
