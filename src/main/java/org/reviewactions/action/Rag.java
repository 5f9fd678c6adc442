package org.reviewactions.action;

/** Red, Amber, Green as boards report actions, plus the two ways an action ends. */
public enum Rag {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green"),
  COMPLETE("Complete"),
  CLOSED_INCOMPLETE("Closed without completion");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
