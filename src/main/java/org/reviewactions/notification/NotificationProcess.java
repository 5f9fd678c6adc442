package org.reviewactions.notification;

/** Names shared by {@code processes/notification.bpmn}, its delegate and tests. */
public final class NotificationProcess {

  public static final String KEY = "notification";

  public static final class Var {
    public static final String KIND = "notificationKind";
    public static final String ACTION_ID = "actionId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String RECIPIENT = "recipientUserId";
    public static final String SOURCE_PROCESS = "sourceProcessInstanceId";
    /** Prefix of the variables that carry a request's details (e.g. detail_daysBeforeDue). */
    public static final String DETAIL_PREFIX = "detail_";

    private Var() {}
  }

  public static final class Element {
    public static final String START = "StartEvent_NotificationRequested";
    public static final String SEND = "Task_SendNotification";
    public static final String END = "EndEvent_NotificationSent";

    private Element() {}
  }

  private NotificationProcess() {}
}
