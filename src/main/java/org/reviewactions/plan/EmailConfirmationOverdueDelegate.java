package org.reviewactions.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The send tasks "Email overdue confirmation to chair" and "Email overdue impact assessment to chair" in recommendation.bpmn. */
@Component("emailConfirmationOverdueDelegate")
class EmailConfirmationOverdueDelegate implements JavaDelegate {

  private final OverdueConfirmation confirmation;

  EmailConfirmationOverdueDelegate(OverdueConfirmation confirmation) {
    this.confirmation = confirmation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    confirmation.overdue(execution);
  }
}
