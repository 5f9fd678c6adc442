package org.reviewactions.action;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Which actions' processes had one of their people's tasks past its deadline (rat.deadlines) at an instant: the
 * part of {@link ActionService#rag} a report "as at" a day needs, read from the engine's task history so that an
 * earlier day gets that day's answer (a task completed since still counts on the days it was late). The deadline is
 * the task's due date as the history holds it now.
 */
@Component
public class LateTasks {

  private final HistoryService history;
  private final AsSystem asSystem;

  LateTasks(HistoryService history, AsSystem asSystem) {
    this.history = history;
    this.asSystem = asSystem;
  }

  /** Of these process instances, those with a deadline task open at {@code at} and due before it. */
  public Set<String> processesLateAt(Collection<String> processInstanceIds, Instant at) {
    Set<String> wanted = new HashSet<>(processInstanceIds);
    wanted.remove(null);
    Set<String> late = new HashSet<>();
    if (wanted.isEmpty()) {
      return late;
    }
    Date when = Date.from(at);
    // The engine's query has no "process instance in": the late deadline tasks are few, so filter them here.
    for (HistoricTaskInstance task : asSystem.call(() -> history.createHistoricTaskInstanceQuery()
        .taskDefinitionKeyIn(ActionProcess.TASKS_WITH_DEADLINES.toArray(String[]::new)).taskDueBefore(when)
        .startedBefore(when).list())) {
      boolean openThen = task.getEndTime() == null || task.getEndTime().after(when);
      if (openThen && wanted.contains(task.getProcessInstanceId())) {
        late.add(task.getProcessInstanceId());
      }
    }
    return late;
  }
}
