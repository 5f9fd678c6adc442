package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email escalation to board" in action.bpmn. */
@Component("emailBoardEscalationDelegate")
class EmailBoardEscalationDelegate extends ActionEmailDelegate {

  EmailBoardEscalationDelegate(ActionNotifications notifications) {
    super(notifications::boardEscalation);
  }
}
