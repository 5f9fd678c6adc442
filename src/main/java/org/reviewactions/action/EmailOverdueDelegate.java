package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email overdue notice" in action.bpmn. */
@Component("emailOverdueDelegate")
class EmailOverdueDelegate extends ActionEmailDelegate {

  EmailOverdueDelegate(ActionNotifications notifications) {
    super(notifications::overdue);
  }
}
