package org.reviewactions.challenge;

/** Where a challenge stands. */
public enum ChallengeStatus {
  RAISED("Waiting for the agency's response"),
  ANSWERED("Response waiting for the chair"),
  ACCEPTED("Response accepted"),
  ESCALATED("With the board"),
  CONSIDERED("Considered by the board");

  private final String label;

  ChallengeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
