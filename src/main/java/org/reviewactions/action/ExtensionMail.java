package org.reviewactions.action;

/** Process variables that carry an extension decision to the owner's e-mail. */
public final class ExtensionMail {
  public static final String REQUESTED_DATE = "extensionRequestedDate";
  public static final String RESPONSE = "extensionDecisionReason";
  public static final String DECIDER = "extensionDecider";

  private ExtensionMail() {}
}
