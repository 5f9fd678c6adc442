package org.reviewactions.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds an interceptor to both of the engine's command chains, the one for commands that join a transaction and the
 * one for commands that start their own, so no command escapes it. Call from a plugin's {@code preInit}.
 *
 * <p>Each chain gets its own instance from {@code make}: an interceptor knows the next one in its chain.
 */
public final class CommandChains {

  private CommandChains() {}

  /** First of all, before the command context and its transaction exist: for checks that refuse a command. */
  public static void firstBeforeTransaction(ProcessEngineConfigurationImpl configuration,
      Function<ProcessEngineConfigurationImpl, CommandInterceptor> make) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), make.apply(configuration), true));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), make.apply(configuration), true));
  }

  /** Last, inside the command's transaction, where its connection is open. */
  public static void lastInsideTransaction(ProcessEngineConfigurationImpl configuration,
      Function<ProcessEngineConfigurationImpl, CommandInterceptor> make) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), make.apply(configuration), false));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), make.apply(configuration), false));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added,
      boolean first) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    if (first) {
      interceptors.add(0, added);
    } else {
      interceptors.add(added);
    }
    return interceptors;
  }
}
