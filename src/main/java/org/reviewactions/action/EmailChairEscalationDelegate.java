package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email lapse to sub-group chair" in action.bpmn. */
@Component("emailChairEscalationDelegate")
class EmailChairEscalationDelegate extends ActionEmailDelegate {

  EmailChairEscalationDelegate(ActionNotifications notifications) {
    super(notifications::chairEscalation);
  }
}
