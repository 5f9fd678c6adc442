package org.reviewactions.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the priority of an action's open tasks at its RAG ({@link Rag#taskPriority()}), and their status column
 * ({@link TaskContext#STATUS}) saying it. New tasks get both from {@link ActionTaskContextListener}; the steps
 * where the RAG moves while tasks stay open (the lapse, the reminders that mark the approach of the due date, a
 * task passing its deadline) call {@link #follow}. A task already showing the action's RAG and status is not written.
 */
@Component
public class TaskPriorities {

  private final ActionService actions;
  private final TaskService tasks;
  private final RuntimeService runtime;

  TaskPriorities(ActionService actions, TaskService tasks, RuntimeService runtime) {
    this.actions = actions;
    this.tasks = tasks;
    this.runtime = runtime;
  }

  public void follow(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    Action action = actions.ofProcess(processInstanceId);
    // The step may run for a person (a form submitted) who may not update every task of the action.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      // Read once for both the RAG (a task past its deadline makes it Red) and the update: every fired reminder
      // comes here, and most leave the RAG as it was.
      // The engine's own lookup of an instance's tasks, not a task query: a task query writes its statement from
      // the engine's whole task-criteria mapping, which took half of this method's CPU on a fired lapse.
      List<Task> open = UnsavedInstances.isUnsaved(processInstanceId) ? List.of()
          : List.copyOf(Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId));
      Rag rag = actions.rag(action, open);
      int priority = rag.taskPriority();
      String status = ActionTaskDisplay.statusLine(action, rag);
      Map<String, Object> shown = shownStatus(open);
      for (Task task : open) {
        if (task.getPriority() != priority) {
          tasks.setPriority(task.getId(), priority);
        }
        // Tasklist's status column shows the RAG as well.
        if (!status.equals(shown.get(task.getId()))) {
          tasks.setVariableLocal(task.getId(), TaskContext.STATUS, status);
        }
      }
      return null;
    });
  }

  /** The status column of each task, in one query rather than all of each task's variables. */
  private Map<String, Object> shownStatus(List<Task> open) {
    Map<String, Object> shown = new HashMap<>();
    if (open.isEmpty()) {
      return shown;
    }
    for (VariableInstance variable : runtime.createVariableInstanceQuery()
        .taskIdIn(open.stream().map(Task::getId).toArray(String[]::new)).variableName(TaskContext.STATUS).list()) {
      shown.put(variable.getTaskId(), variable.getValue());
    }
    return shown;
  }
}
