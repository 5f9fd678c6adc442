package org.reviewactions.operations;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decisions the {@link ReusingFeelEngine}: the action-routing table is evaluated for every action
 * started, and with feel-engine 1.19.3 most of that evaluation was rebuilding the built-in function table and parsing
 * the table's texts again (docs/benchmarks.md). Decisions evaluate to what they did; the tables stay FEEL.
 */
@Component
class ReusingFeelEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (dmn.getFeelEngineFactory() == null) {
      // Created when the DMN engine is built, after the process engine has passed on its custom FEEL functions and
      // its legacy-FEEL setting (which keeps the engine's JUEL-based FEEL, as without this plugin).
      dmn.setFeelEngineFactory(() -> dmn.isEnableFeelLegacyBehavior() ? new FeelEngineFactoryImpl().createInstance()
          : new ReusingFeelEngine(dmn.getFeelCustomFunctionProviders()));
    }
    configuration.setDmnEngineConfiguration(dmn);
  }
}
