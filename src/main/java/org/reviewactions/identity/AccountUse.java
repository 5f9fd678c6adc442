package org.reviewactions.identity;

/**
 * Whether an account is already part of the work elsewhere (it owns an action, say), so cancelling its invitation
 * must keep the account, disabled, rather than remove it. Modules that hold user ids implement it.
 */
public interface AccountUse {

  /** True when the user is named on something this module keeps. */
  boolean inUse(String userId);
}
