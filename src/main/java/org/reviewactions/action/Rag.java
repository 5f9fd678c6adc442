package org.reviewactions.action;

/**
 * Red, Amber, Green as boards report actions, plus the two ways an action ends. Each carries the
 * priority the action's Tasklist tasks get, so sorting by priority puts Red work first.
 */
public enum Rag {
  RED("Red", 90),
  AMBER("Amber", 60),
  GREEN("Green", 30),
  // Camunda's normal priority: an ended action's last tasks are neither urgent nor idle.
  COMPLETE("Complete", 50),
  CLOSED_INCOMPLETE("Closed without completion", 50),
  WITHDRAWN("Withdrawn", 50);

  private final String label;
  private final int taskPriority;

  Rag(String label, int taskPriority) {
    this.label = label;
    this.taskPriority = taskPriority;
  }

  public String label() {
    return label;
  }

  public int taskPriority() {
    return taskPriority;
  }
}
