package org.reviewactions.indicator;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.Var;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/**
 * Submit quarterly indicators, on create: the task gets its context (agency, quarter, the link to the page where the
 * figures are entered) and its candidates hear of it.
 */
@Component("submitIndicatorsTaskListener")
class SubmitIndicatorsTaskListener implements TaskListener {

  static final String PAGE = "/indicators/submit/";

  private final Indicators indicators;
  private final IndicatorNotifications notifications;
  private final TasklistLinks links;

  SubmitIndicatorsTaskListener(Indicators indicators, IndicatorNotifications notifications, TasklistLinks links) {
    this.indicators = indicators;
    this.notifications = notifications;
    this.links = links;
  }

  @Override
  public void notify(DelegateTask task) {
    Long submissionId = (Long) task.getVariable(Var.SUBMISSION_ID);
    Map<String, String> context = indicators.context(submissionId);
    // Local to the task: the form shows them, and the task can be found by its request.
    task.setVariableLocal(Var.SUBMISSION_ID, submissionId);
    task.setVariableLocal(Var.CTX_AGENCY, context.get("agency"));
    task.setVariableLocal(Var.CTX_QUARTER, context.get("quarter"));
    task.setVariableLocal(Var.CTX_LINK, links.page(PAGE + task.getId()));
    notifications.toGroups(submissionId, task.getId(), task.getProcessInstanceId(), QuarterlyIndicatorsProcess.Step.WAITING,
        task.getCandidates().stream().map(link -> link.getGroupId()).filter(g -> g != null).toArray(String[]::new));
  }
}
