package org.reviewactions.action;

import org.springframework.stereotype.Component;

/**
 * The send task "Email overdue challenge to board again" in action.bpmn: Board challenge is already the board's,
 * so its second period tells the board again rather than handing the task over.
 */
@Component("emailBoardChallengeOverdueAgainDelegate")
class EmailBoardChallengeOverdueAgainDelegate extends ActionEmailDelegate {

  EmailBoardChallengeOverdueAgainDelegate(OverdueTaskNotifications notifications) {
    super(notifications::taskOverdueTwice);
  }
}
