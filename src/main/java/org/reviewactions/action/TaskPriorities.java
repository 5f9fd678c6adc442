package org.reviewactions.action;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the priority of an action's open tasks at its RAG ({@link Rag#taskPriority()}), and their status column
 * ({@link TaskContext#STATUS}) saying it. New tasks get both from {@link ActionTaskContextListener}; the steps
 * where the RAG moves while tasks stay open (the lapse, the reminders that mark the approach of the due date, a
 * task passing its deadline) call {@link #follow}.
 */
@Component
public class TaskPriorities {

  private final ActionService actions;
  private final TaskService tasks;

  TaskPriorities(ActionService actions, TaskService tasks) {
    this.actions = actions;
    this.tasks = tasks;
  }

  public void follow(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    Action action = actions.ofProcess(processInstanceId);
    Rag rag = actions.rag(action);
    int priority = rag.taskPriority();
    String status = ActionTaskDisplay.statusLine(action, rag);
    // The step may run for a person (a form submitted) who may not update every task of the action.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        if (task.getPriority() != priority) {
          tasks.setPriority(task.getId(), priority);
        }
        // Tasklist's status column shows the RAG as well.
        if (!status.equals(tasks.getVariableLocal(task.getId(), TaskContext.STATUS))) {
          tasks.setVariableLocal(task.getId(), TaskContext.STATUS, status);
        }
      }
      return null;
    });
  }
}
