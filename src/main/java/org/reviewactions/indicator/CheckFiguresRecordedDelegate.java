package org.reviewactions.indicator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * Check figures recorded: runs in the transaction that completes Submit quarterly indicators, so completing it from
 * Tasklist or the REST API without the figures is refused (the engine passes a delegate's {@link BusinessRuleException}
 * on as a 400; a task listener's it would wrap into a 500) and the task stays open.
 */
@Component("checkFiguresRecordedDelegate")
class CheckFiguresRecordedDelegate implements JavaDelegate {

  private final Indicators indicators;
  private final TasklistLinks links;

  CheckFiguresRecordedDelegate(Indicators indicators, TasklistLinks links) {
    this.indicators = indicators;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!indicators.isSubmitted((Long) execution.getVariable(QuarterlyIndicatorsProcess.Var.SUBMISSION_ID))) {
      throw new BusinessRuleException("Enter the figures on " + links.page(SubmitIndicatorsTaskListener.PAGE)
          + "<task id> (the link is on the task): the task is completed there once every figure is right, and cannot be "
          + "completed without them.");
    }
  }
}
