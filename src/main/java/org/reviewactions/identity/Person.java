package org.reviewactions.identity;

/** A user as the application shows and mails them. */
public record Person(String userId, String displayName, String email) {}
