package org.reviewactions.notification;

import java.util.Set;
import org.reviewactions.notification.NotificationProcess.Var;
import org.reviewactions.shared.ProcessBookkeeping;
import org.springframework.stereotype.Component;

/**
 * The e-mail process's variables that only carry a request to its send task: the notification table records every
 * e-mail (key, kind, recipient, status), so their variable history repeated it for each e-mail. The recipient and
 * the hold keep their value in history, without a record of each change: the discarding of held e-mails finds
 * their traces in history by {@link NotificationRequests#HELD_FOR}, and the demo's check reads who was asked for.
 */
@Component
class NotificationBookkeeping implements ProcessBookkeeping {

  static final Set<String> WITHOUT_HISTORY = Set.of(Var.IDEMPOTENCY_KEY, Var.SOURCE_PROCESS);
  static final Set<String> WITHOUT_DETAIL = Set.of(Var.RECIPIENT, NotificationRequests.HELD_FOR);

  @Override
  public boolean withoutHistory(String variableName) {
    return WITHOUT_HISTORY.contains(variableName) || variableName.startsWith(Var.DETAIL_PREFIX);
  }

  @Override
  public boolean withoutDetail(String variableName) {
    return withoutHistory(variableName) || WITHOUT_DETAIL.contains(variableName);
  }
}
