package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email assignment to owner" in action.bpmn. */
@Component("emailAssignmentDelegate")
class EmailAssignmentDelegate extends ActionEmailDelegate {

  EmailAssignmentDelegate(ActionNotifications notifications) {
    super(notifications::assignment);
  }
}
