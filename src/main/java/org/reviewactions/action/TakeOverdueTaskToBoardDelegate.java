package org.reviewactions.action;

import org.springframework.stereotype.Component;

/** The send tasks "Take overdue … to board" in action.bpmn, each naming its task in {@code overdueTaskKey}. */
@Component("takeOverdueTaskToBoardDelegate")
class TakeOverdueTaskToBoardDelegate extends ActionEmailDelegate {

  TakeOverdueTaskToBoardDelegate(OverdueTaskNotifications notifications) {
    super(notifications::taskOverdueTwice);
  }
}
