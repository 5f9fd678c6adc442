package org.reviewactions.action;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A send task of action.bpmn: asks {@link ActionNotifications} for one kind of e-mail. Each send task
 * has a subclass named after its bean, so the name in the diagram leads straight to the class.
 */
abstract class ActionEmailDelegate implements JavaDelegate {

  private final Consumer<DelegateExecution> email;

  ActionEmailDelegate(Consumer<DelegateExecution> email) {
    this.email = email;
  }

  @Override
  public void execute(DelegateExecution execution) {
    email.accept(execution);
  }
}
