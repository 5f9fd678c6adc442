package org.reviewactions.action;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the priority of an action's open tasks at its RAG ({@link Rag#taskPriority()}). New tasks get
 * it from {@link ActionTaskContextListener}; the steps where the RAG moves while tasks stay open (the
 * lapse, and the reminders that mark the approach of the due date) call {@link #follow}.
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
    int priority = actions.rag(actions.ofProcess(processInstanceId)).taskPriority();
    // The step may run for a person (a form submitted) who may not update every task of the action.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        if (task.getPriority() != priority) {
          tasks.setPriority(task.getId(), priority);
        }
      }
      return null;
    });
  }
}
