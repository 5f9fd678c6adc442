package org.reviewactions.action.evidence;

import org.camunda.bpm.engine.TaskService;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.TaskContext;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Keeps the open Deliver action task's list of waiting files current, so the owner who returns from the
 * evidence page sees what they uploaded or removed. The list is a display copy the form never submits; the
 * application writes it on its own account because people may not set task variables (security/EngineGuardsPlugin).
 */
@Component
class DeliverTaskFiles {

  private final TaskService tasks;
  private final AsSystem asSystem;

  DeliverTaskFiles(TaskService tasks, AsSystem asSystem) {
    this.tasks = tasks;
    this.asSystem = asSystem;
  }

  void showWaitingFiles(Action action, String markdown) {
    if (action.getProcessInstanceId() == null) {
      return;
    }
    asSystem.call(() -> {
      tasks.createTaskQuery().processInstanceId(action.getProcessInstanceId())
          .taskDefinitionKey(ActionProcess.Element.DELIVER_ACTION).active().list()
          .forEach(task -> tasks.setVariableLocal(task.getId(), TaskContext.EVIDENCE_FILES, markdown));
      return null;
    });
  }
}
