package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email extension decision" in action.bpmn. */
@Component("emailExtensionDecisionDelegate")
class EmailExtensionDecisionDelegate extends ActionEmailDelegate {

  EmailExtensionDecisionDelegate(ActionNotifications notifications) {
    super(notifications::extensionDecision);
  }
}
