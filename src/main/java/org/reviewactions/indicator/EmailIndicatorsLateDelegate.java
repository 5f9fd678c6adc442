package org.reviewactions.indicator;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.Var;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/**
 * Email lateness, or take to the board: the send tasks on Submit quarterly indicators' two timers. At the due date the
 * task's candidates and the monitoring chairs are reminded; a second period later the board is added as a candidate
 * and told, and the request records when. The task stays open either way.
 */
@Component("emailIndicatorsLateDelegate")
class EmailIndicatorsLateDelegate implements JavaDelegate {

  private final Indicators indicators;
  private final IndicatorNotifications notifications;
  private final TaskService taskService;
  private final GroupsProperties groups;

  EmailIndicatorsLateDelegate(Indicators indicators, IndicatorNotifications notifications, TaskService taskService,
      GroupsProperties groups) {
    this.indicators = indicators;
    this.notifications = notifications;
    this.taskService = taskService;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long submissionId = (Long) execution.getVariable(Var.SUBMISSION_ID);
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(QuarterlyIndicatorsProcess.Element.SUBMIT).taskVariableValueEquals(Var.SUBMISSION_ID, submissionId)
        .singleResult();
    if (task == null) {
      return; // submitted as the timer fired
    }
    if (QuarterlyIndicatorsProcess.Element.TAKE_TO_BOARD.equals(execution.getCurrentActivityId())) {
      indicators.recordEscalated(submissionId);
      taskService.addCandidateGroup(task.getId(), groups.board());
      notifications.toGroups(submissionId, task.getId(), execution.getProcessInstanceId(),
          QuarterlyIndicatorsProcess.Step.BOARD, groups.board());
      return;
    }
    indicators.recordLate(submissionId);
    java.util.List<String> told = new java.util.ArrayList<>(taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList());
    told.add(groups.monitoring());
    notifications.toGroups(submissionId, task.getId(), execution.getProcessInstanceId(), QuarterlyIndicatorsProcess.Step.LATE,
        told.toArray(String[]::new));
  }
}
