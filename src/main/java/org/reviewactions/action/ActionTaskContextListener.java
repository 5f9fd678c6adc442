package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every task of the action process a name that says which action it is, so the task list reads as a list of
 * real work, its priority, and the few values the engine must find among its variables
 * ({@link ActionTaskDisplay#STORED}). The rest of what its form shows is worked out when the form is read.
 */
@Component("actionTaskContextListener")
class ActionTaskContextListener implements TaskListener {

  private static final int NAME_TEXT_LIMIT = 60;

  private final ActionTaskDisplay display;

  ActionTaskContextListener(ActionTaskDisplay display) {
    this.display = display;
  }

  @Override
  public void notify(DelegateTask task) {
    ActionTaskDisplay.View view = display.of(task.getId(), task.getProcessInstanceId(), task::getVariable);
    Action action = view.action();
    Rag rag = view.rag();
    task.setPriority(rag.taskPriority());
    for (String name : ActionTaskDisplay.shownBy(task.getTaskDefinitionKey())) {
      if (ActionTaskDisplay.STORED.contains(name)) {
        task.setVariableLocal(name, TaskContext.STATUS.equals(name) ? ActionTaskDisplay.statusLine(action, rag) : view.value(name));
      }
    }
    task.setName(TaskContext.fitName(task.getName() + ": " + view.recommendation().getReview().getTitle() + " "
        + view.recommendation().getNumber() + " · " + shorten(action.getDescription())));
    task.setDescription(TaskContext.fit(action.getDescription()));
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= NAME_TEXT_LIMIT ? oneLine : oneLine.substring(0, NAME_TEXT_LIMIT - 1) + "…";
  }
}
