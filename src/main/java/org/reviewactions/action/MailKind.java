package org.reviewactions.action;

import java.util.Arrays;
import java.util.Map;

/** The e-mails about an action, their templates, and the task each one links to. */
enum MailKind {
  ASSIGNMENT("assignment", ActionProcess.Element.DELIVER_ACTION),
  EVIDENCE_REJECTED("evidence-rejected", ActionProcess.Element.DELIVER_ACTION),
  ACTION_COMPLETE("action-complete", ActionProcess.Element.DELIVER_ACTION),
  REMINDER("reminder", ActionProcess.Element.DELIVER_ACTION),
  PROGRESS_REQUEST("progress-request", ActionProcess.Element.DELIVER_ACTION),
  OVERDUE("overdue", ActionProcess.Element.DELIVER_ACTION),
  ESCALATION_CHAIR("escalation-chair", ActionProcess.Element.DECIDE_LAPSED_ACTION),
  ESCALATION_BOARD("escalation-board", ActionProcess.Element.BOARD_CHALLENGE),
  EXTENSION_DECIDED("extension-decided", ActionProcess.Element.DELIVER_ACTION),
  /** A task passed its deadline (rat.deadlines): the link opens that task. */
  TASK_OVERDUE("task-overdue", ActionProcess.Element.VERIFY_EVIDENCE) {
    @Override
    String taskKey(Map<String, String> details) {
      return details.getOrDefault(ActionProcess.MailDetail.TASK_KEY, super.taskKey(details));
    }
  },
  /** A task still open a second period after its deadline (rat.deadlines) was taken to the board: the link opens it. */
  TASK_WITH_BOARD("task-with-board", ActionProcess.Element.VERIFY_EVIDENCE) {
    @Override
    String taskKey(Map<String, String> details) {
      return details.getOrDefault(ActionProcess.MailDetail.TASK_KEY, super.taskKey(details));
    }
  };

  private final String template;
  private final String taskKey;

  MailKind(String template, String taskKey) {
    this.template = template;
    this.taskKey = taskKey;
  }

  String template() {
    return template;
  }

  /** The task the link opens; an overdue notice to an agency lead opens the nomination instead. */
  String taskKey(Map<String, String> details) {
    return this == OVERDUE && "true".equals(details.get(ActionProcess.MailDetail.NO_OWNER)) ? ActionProcess.Element.NOMINATE_OWNER : taskKey;
  }

  static MailKind of(String template) {
    return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No e-mail kind '" + template + "'"));
  }
}
