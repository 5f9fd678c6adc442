package org.reviewactions.notification;

public enum NotificationStatus {
  PENDING,
  SENT
}
