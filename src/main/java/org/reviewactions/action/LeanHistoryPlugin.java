package org.reviewactions.action;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.reviewactions.shared.ProcessBookkeeping;
import org.springframework.stereotype.Component;

/**
 * Runs the engine on {@link LeanHistory} whatever {@code camunda.bpm.history-level} says (the engine takes a level
 * set here over the configured name), with every module's {@link ProcessBookkeeping}.
 */
@Component
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  private final List<ProcessBookkeeping> bookkeeping;

  LeanHistoryPlugin(List<ProcessBookkeeping> bookkeeping) {
    this.bookkeeping = bookkeeping;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel level = new LeanHistory(bookkeeping);
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(level);
    configuration.setCustomHistoryLevels(custom);
    configuration.setHistoryLevel(level);
  }
}
