package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** Which FEEL engine the DMN engine gets once the plugin has run, built as the process engine builds it. */
class ReusingFeelEnginePluginTest {

  private static FeelEngine feelEngineBuilt(StandaloneInMemProcessEngineConfiguration configuration, boolean legacy) {
    new ReusingFeelEnginePlugin().preInit(configuration);
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    // What the process engine's initDmnEngine does with its own dmnFeelEnableLegacyBehavior before building.
    dmn.enableFeelLegacyBehavior(legacy);
    return ((DefaultDmnEngineConfiguration) dmn.buildEngine().getConfiguration()).getFeelEngine();
  }

  @Test
  void decisionsGetTheReusingFeelEngine() {
    assertThat(feelEngineBuilt(new StandaloneInMemProcessEngineConfiguration(), false)).isInstanceOf(ReusingFeelEngine.class);
  }

  @Test
  void theLegacyFeelSettingStillGivesTheEnginesJuelBasedFeel() {
    assertThat(feelEngineBuilt(new StandaloneInMemProcessEngineConfiguration(), true)).isInstanceOf(FeelEngineImpl.class);
  }

  @Test
  void aFeelEngineFactoryConfiguredElsewhereIsKept() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ScalaFeelEngineFactory());
    configuration.setDmnEngineConfiguration(dmn);
    assertThat(feelEngineBuilt(configuration, false)).isNotInstanceOf(ReusingFeelEngine.class);
  }
}
