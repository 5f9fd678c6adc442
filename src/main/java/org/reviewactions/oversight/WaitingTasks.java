package org.reviewactions.oversight;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/**
 * The tasks waiting in the processes of the rows a page shows, with their Tasklist links: one task query per
 * page (every process instance of the page at once), never one per row. It runs as the signed-in person, so a
 * link appears only for a task they may open.
 */
@Component
class WaitingTasks {

  /** A waiting task as a link. */
  record TaskLink(String name, String href) {}

  private final TaskService tasks;
  private final TasklistLinks links;

  WaitingTasks(TaskService tasks, TasklistLinks links) {
    this.tasks = tasks;
    this.links = links;
  }

  Map<String, List<TaskLink>> of(Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(id -> id != null).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).active()
        .orderByTaskCreateTime().asc().list().stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId, LinkedHashMap::new,
            Collectors.mapping(t -> new TaskLink(shortName(t.getName()), links.task(t.getId())), Collectors.toList())));
  }

  /** Task names carry the action after a colon ("Deliver action: Set up the register"); the row shows the action already. */
  private static String shortName(String name) {
    if (name == null) {
      return "Open task";
    }
    int colon = name.indexOf(':');
    return colon > 0 ? name.substring(0, colon) : name;
  }
}
