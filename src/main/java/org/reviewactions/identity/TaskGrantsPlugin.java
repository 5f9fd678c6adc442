package org.reviewactions.identity;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/** Installs {@link TaskGrants} as the engine's source of per-task grants. */
@Component
class TaskGrantsPlugin extends AbstractProcessEnginePlugin {

  private final GroupsProperties groups;

  TaskGrantsPlugin(GroupsProperties groups) {
    this.groups = groups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new TaskGrants(AccessRules.readersOfEveryAction(groups)));
  }
}
