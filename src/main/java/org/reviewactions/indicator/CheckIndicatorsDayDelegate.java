package org.reviewactions.indicator;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.WorkingDays;
import org.springframework.stereotype.Component;

/** Check first working day: the cron fires on several days of the quarter's first week; only one of them is it. */
@Component("checkIndicatorsDayDelegate")
class CheckIndicatorsDayDelegate implements JavaDelegate {

  private final WorkingDays workingDays;
  private final Clock clock;

  CheckIndicatorsDayDelegate(WorkingDays workingDays, Clock clock) {
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(QuarterlyIndicatorsProcess.Var.FIRST_WORKING_DAY,
        workingDays.isFirstWorkingDayOfQuarter(LocalDate.now(clock)));
  }
}
