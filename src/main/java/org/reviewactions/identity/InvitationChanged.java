package org.reviewactions.identity;

/**
 * An invitation was resent or cancelled, by {@code actor}, for the account {@code userId}; {@code outcome} says in
 * words what became of it ("a new link until 7 December 2026", "the account was removed").
 */
public record InvitationChanged(Kind kind, Long invitationId, String userId, String actor, String outcome) {

  /** What was done to the invitation. */
  public enum Kind { RESENT, CANCELLED }
}
