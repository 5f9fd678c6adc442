package org.reviewactions.action;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.notification.MailDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The send tasks of action.bpmn: each asks {@link ActionNotifications} for one kind of e-mail. */
@Configuration
class ActionEmailDelegates {

  @Bean
  JavaDelegate emailAssignmentDelegate(ActionNotifications notifications) {
    return notifications::assignment;
  }

  @Bean
  JavaDelegate emailRejectionDelegate(ActionNotifications notifications) {
    return notifications::rejection;
  }

  @Bean
  JavaDelegate emailCompletionDelegate(ActionNotifications notifications) {
    return notifications::completion;
  }

  @Bean
  JavaDelegate emailReminderDelegate(ActionNotifications notifications) {
    return notifications::reminder;
  }

  @Bean
  JavaDelegate emailOverdueDelegate(ActionNotifications notifications) {
    return execution -> notifications.overdue(execution, false,
        ActionNotifications.instant(execution, ActionProcess.Var.LAPSE_AT));
  }

  @Bean
  JavaDelegate emailOverdueReminderDelegate(ActionNotifications notifications) {
    return execution -> notifications.overdue(execution, true,
        ActionNotifications.instant(execution, ActionProcess.Var.NEXT_OVERDUE_REMINDER_AT));
  }

  @Bean
  JavaDelegate emailChairEscalationDelegate(ActionNotifications notifications) {
    return notifications::chairEscalation;
  }

  @Bean
  JavaDelegate emailBoardEscalationDelegate(ActionNotifications notifications) {
    return notifications::boardEscalation;
  }

  @Bean
  JavaDelegate emailExtensionDecisionDelegate(ActionNotifications notifications, ActionService actions) {
    return execution -> {
      boolean approved = Boolean.TRUE.equals(execution.getVariable(ActionProcess.Var.EXTENSION_APPROVED));
      Map<String, String> details = new HashMap<>();
      details.put("approved", String.valueOf(approved));
      details.put("requestedDate", String.valueOf(execution.getVariable(ExtensionMail.REQUESTED_DATE)));
      details.put("newDueDate", MailDates.longDate(actions.get(actions.idOfProcess(execution.getProcessInstanceId())).getDueDate()));
      Object reason = execution.getVariable(ExtensionMail.RESPONSE);
      if (reason != null) {
        details.put("decisionReason", reason.toString());
      }
      Object decider = execution.getVariable(ExtensionMail.DECIDER);
      if (decider != null) {
        details.put("deciderName", decider.toString());
      }
      notifications.extensionDecision(execution, details);
    };
  }
}
