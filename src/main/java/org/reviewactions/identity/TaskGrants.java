package org.reviewactions.identity;

import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's per-task grants, and nothing more: the assignee or candidate group of a process task gets
 * one grant on that task, removed by the engine with the task. No grant on the history: the engine's
 * default adds a historic-task grant per task and candidate, kept until history cleanup.
 *
 * <p>A group that reads every task through the process definitions ({@link AccessRules}: the board, plan
 * managers, the monitoring sub-group) gets only {@code TASK_WORK} on its tasks, not {@code READ}. The
 * engine checks a task query by joining each task to every grant of the reader's that carries task
 * {@code READ}; one such grant per open task of a group made that join grow with tasks times the group's
 * tasks (19.7 million rows rejected for one chair's count). Without it a chair's join meets a handful of
 * grants, and the per-task grant still lets the group claim and complete only its own tasks.
 */
class TaskGrants extends DefaultAuthorizationProvider {

  private final Set<String> readEveryTask;

  /** @param readEveryTask the groups whose definition-wide grant already lets them read every task */
  TaskGrants(Set<String> readEveryTask) {
    this.readEveryTask = Set.copyOf(readEveryTask);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    if (task.getProcessInstanceId() == null) {
      // A task outside any process has no definition to read it through; keep the engine's behaviour.
      return super.createOrUpdateAuthorizations(task, groupId, userId);
    }
    Permission[] permissions = getRuntimePermissions(isEnforceSpecificVariablePermission());
    if (groupId != null && readEveryTask.contains(groupId)) {
      permissions = Arrays.stream(permissions).filter(p -> !isRead(p)).toArray(Permission[]::new);
    }
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false, permissions)};
  }

  private static boolean isRead(Permission permission) {
    return permission.getValue() == Permissions.READ.getValue()
        || permission.getValue() == TaskPermissions.READ_VARIABLE.getValue();
  }
}
