package org.reviewactions.indicator;

/** What an indicator's figure is. */
public enum Unit {
  COUNT("Count"),
  PERCENTAGE("Percentage"),
  YES_NO("Yes or no");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
