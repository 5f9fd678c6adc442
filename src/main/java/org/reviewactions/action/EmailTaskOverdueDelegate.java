package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send tasks "Email overdue … to chair" in action.bpmn, each naming its task in {@code overdueTaskKey}. */
@Component("emailTaskOverdueDelegate")
class EmailTaskOverdueDelegate extends ActionEmailDelegate {

  EmailTaskOverdueDelegate(OverdueTaskNotifications notifications) {
    super(notifications::taskOverdue);
  }
}
