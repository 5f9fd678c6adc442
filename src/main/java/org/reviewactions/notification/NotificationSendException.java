package org.reviewactions.notification;

/**
 * An e-mail could not be delivered. Unchecked, so that the caller's transaction (a Camunda job) rolls back, nothing is
 * recorded as sent, and the job executor retries.
 */
public class NotificationSendException extends RuntimeException {

  public NotificationSendException(String message, Throwable cause) {
    super(message, cause);
  }
}
