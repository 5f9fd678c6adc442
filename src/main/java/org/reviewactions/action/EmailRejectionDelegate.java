package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email rejection to owner" in action.bpmn. */
@Component("emailRejectionDelegate")
class EmailRejectionDelegate extends ActionEmailDelegate {

  EmailRejectionDelegate(ActionNotifications notifications) {
    super(notifications::rejection);
  }
}
