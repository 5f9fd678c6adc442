package org.reviewactions.support;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The library's {@link ProcessEngineCoverageConfiguration} (a parse listener that records each flow node and
 * sequence flow run), made safe for processes that run before a test class has started: the library's listener
 * fails every process step until its test execution listener has handed it a collector, so a context whose start
 * runs processes (the demo) would not start. Until then, and only until then, steps are recorded nowhere: they are
 * not a test's doing.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfiguration {

  @Bean
  ProcessEnginePlugin coverageBeforeFirstTestClass() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
          if (listener instanceof ElementCoverageParseListener coverage) {
            coverage.setCoverageState(event -> { });
          }
        }
      }
    };
  }
}
