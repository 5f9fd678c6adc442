package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email overdue reminder" in action.bpmn. */
@Component("emailOverdueReminderDelegate")
class EmailOverdueReminderDelegate extends ActionEmailDelegate {

  EmailOverdueReminderDelegate(ActionNotifications notifications) {
    super(notifications::overdueReminder);
  }
}
