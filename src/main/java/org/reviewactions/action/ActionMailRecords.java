package org.reviewactions.action;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.reviewactions.notification.ShownMailRecords;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

/**
 * An action's page shows the e-mails sent about it beside the tasks completed in its process ({@link ActionStories}),
 * which the engine keeps until the process's history time to live has passed: its e-mails are kept as long, so the
 * page loses both together. An action without a process keeps them.
 */
@Component
class ActionMailRecords implements ShownMailRecords {

  private final ActionRepository actions;
  private final HistoryService history;
  private final AsSystem asSystem;

  ActionMailRecords(ActionRepository actions, HistoryService history, AsSystem asSystem) {
    this.actions = actions;
    this.history = history;
    this.asSystem = asSystem;
  }

  @Override
  public Set<Long> stillShown(Collection<Long> actionIds) {
    Set<Long> shown = new HashSet<>();
    Map<String, Long> byProcess = new HashMap<>();
    for (Action action : actions.findAllById(actionIds)) {
      if (action.getProcessInstanceId() == null) {
        shown.add(action.getId());
      } else {
        byProcess.put(action.getProcessInstanceId(), action.getId());
      }
    }
    if (!byProcess.isEmpty()) {
      asSystem.call(() -> history.createHistoricProcessInstanceQuery().processInstanceIds(byProcess.keySet()).list())
          .stream().map(HistoricProcessInstance::getId).map(byProcess::get).forEach(shown::add);
    }
    return shown;
  }
}
