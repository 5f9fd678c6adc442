package org.reviewactions.report;

/**
 * What the Status column says of an action on the report's date: its RAG, or how it ended. Each has the
 * colour a spreadsheet cell is filled with, and the word that says the same for people who cannot see colour.
 */
public enum ReportStatus {
  RED("Red", "D4351C", "FFFFFF"),
  AMBER("Amber", "FFDD00", "0B0C0C"),
  GREEN("Green", "00703C", "FFFFFF"),
  /** Evidenced and verified: the only status counted as complete. */
  COMPLETE("Complete", "1D70B8", "FFFFFF"),
  /** Closed by the board without completion; never counted as complete. */
  CLOSED_INCOMPLETE("Closed without completion", "505A5F", "FFFFFF"),
  /** Withdrawn from the plan; neither complete nor outstanding. */
  WITHDRAWN("Withdrawn", "B1B4B6", "0B0C0C");

  private final String label;
  private final String fill;
  private final String text;

  ReportStatus(String label, String fill, String text) {
    this.label = label;
    this.fill = fill;
    this.text = text;
  }

  /** The word shown in the Status column. */
  public String label() {
    return label;
  }

  /** The cell's fill colour as RGB hex, without '#'. */
  public String fill() {
    return fill;
  }

  /** The text colour that reads on the fill, as RGB hex. */
  public String textColour() {
    return text;
  }

  /** Whether the action still has work to do on the date (Red, Amber or Green). */
  public boolean outstanding() {
    return this == RED || this == AMBER || this == GREEN;
  }
}
