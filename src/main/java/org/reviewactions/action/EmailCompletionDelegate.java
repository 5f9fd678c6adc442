package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send task "Email action complete" in action.bpmn. */
@Component("emailCompletionDelegate")
class EmailCompletionDelegate extends ActionEmailDelegate {

  EmailCompletionDelegate(ActionNotifications notifications) {
    super(notifications::completion);
  }
}
