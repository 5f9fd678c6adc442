package org.reviewactions.indicator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.Var;
import org.springframework.stereotype.Component;

/**
 * List reporting agencies: the quarter asked about (the one just ended, unless the start named one) and a request for
 * each agency that reports an active indicator and was not asked for that quarter yet; a second run asks nobody twice.
 */
@Component("listReportingAgenciesDelegate")
class ListReportingAgenciesDelegate implements JavaDelegate {

  private final Indicators indicators;

  ListReportingAgenciesDelegate(Indicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(Var.QUARTER);
    String quarter = given == null ? indicators.quarterJustEnded() : given.toString();
    execution.setVariable(Var.QUARTER, quarter);
    execution.setVariable(Var.SUBMISSION_IDS, new java.util.ArrayList<>(indicators.request(quarter, execution.getProcessInstanceId())));
  }
}
