package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email reminder" in action.bpmn. */
@Component("emailReminderDelegate")
class EmailReminderDelegate extends ActionEmailDelegate {

  EmailReminderDelegate(ActionNotifications notifications) {
    super(notifications::reminder);
  }
}
