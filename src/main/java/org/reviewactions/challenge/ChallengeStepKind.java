package org.reviewactions.challenge;

/** What happened to a challenge, as its history and the progress report list it. */
public enum ChallengeStepKind {
  RAISED("Raised", ChallengeStatus.RAISED),
  REMINDED("Response date passed: the agency's leads reminded", null),
  ANSWERED("Agency responded", ChallengeStatus.ANSWERED),
  ACCEPTED("Response accepted", ChallengeStatus.ACCEPTED),
  ESCALATED("Escalated to the board", ChallengeStatus.ESCALATED),
  UNANSWERED("No response: escalated to the board", ChallengeStatus.ESCALATED),
  CONSIDERED("Board outcome", ChallengeStatus.CONSIDERED);

  private final String label;
  /** The status the step leaves the challenge in; null when it changes none. */
  private final ChallengeStatus leaves;

  ChallengeStepKind(String label, ChallengeStatus leaves) {
    this.label = label;
    this.leaves = leaves;
  }

  public String label() {
    return label;
  }

  ChallengeStatus leaves() {
    return leaves;
  }
}
