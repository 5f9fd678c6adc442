package org.reviewactions.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The send tasks "Take overdue confirmation to board" and "Take overdue impact assessment to board" in recommendation.bpmn. */
@Component("takeConfirmationToBoardDelegate")
class TakeConfirmationToBoardDelegate implements JavaDelegate {

  private final OverdueConfirmation confirmation;

  TakeConfirmationToBoardDelegate(OverdueConfirmation confirmation) {
    this.confirmation = confirmation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    confirmation.overdueTwice(execution);
  }
}
