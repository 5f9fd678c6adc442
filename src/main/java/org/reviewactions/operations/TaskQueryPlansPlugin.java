package org.reviewactions.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.reviewactions.shared.CommandChains;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskQueryPlans} inside every command's transaction (after the command context is made), where the
 * connection the query will use is open.
 */
@Component
class TaskQueryPlansPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandChains.lastInsideTransaction(configuration, TaskQueryPlans::new);
  }
}
