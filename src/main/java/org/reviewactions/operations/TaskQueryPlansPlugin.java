package org.reviewactions.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskQueryPlans} inside every command's transaction (after the command context is made), where the
 * connection the query will use is open.
 */
@Component
class TaskQueryPlansPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Each chain needs its own interceptor instance: an interceptor knows the next one in its chain.
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), configuration));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing,
      ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new TaskQueryPlans(configuration));
    return interceptors;
  }
}
