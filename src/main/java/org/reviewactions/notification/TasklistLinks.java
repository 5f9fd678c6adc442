package org.reviewactions.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into Camunda Tasklist, as sent in e-mails. */
@Component
public class TasklistLinks {

  private final TaskService taskService;
  private final String publicUrl;

  TasklistLinks(TaskService taskService, @Value("${rat.public-url}") String publicUrl) {
    this.taskService = taskService;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public String tasklist() {
    return publicUrl + "/camunda/app/tasklist/default/";
  }

  /** A page of the application itself, e.g. "/actions/7/evidence-files". */
  public String page(String path) {
    return publicUrl + path;
  }

  public String task(String taskId) {
    return tasklist() + "#/?task=" + taskId;
  }

  /** The open task of that kind in the process instance, or Tasklist's start page if there is none. */
  public String openTask(String processInstanceId, String taskDefinitionKey) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).active().orderByTaskCreateTime().desc().listPage(0, 1)
        .stream().findFirst().orElse(null);
    return task == null ? tasklist() : task(task.getId());
  }
}
