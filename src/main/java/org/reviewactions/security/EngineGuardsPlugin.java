package org.reviewactions.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.reviewactions.shared.CommandChains;
import org.springframework.stereotype.Component;

/**
 * Puts the engine-level guards in front of every command: no user-supplied query expression is
 * evaluated, a task completion carries only its form's fields, and signed-in users other than
 * administrators write no process variables directly. It also narrows what an assignee or candidate
 * may do with a task to working on it ({@code TASK_WORK}: claim, complete), so nobody but an
 * administrator reassigns a task, changes its candidates or moves its due date.
 *
 * <p>These live in the engine rather than in front of the REST API because the same engine answers
 * the REST API, the webapps' API (Tasklist) and anything added later.
 */
@Component
class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    CommandChains.firstBeforeTransaction(configuration, UserCommandGuard::new);
  }
}
