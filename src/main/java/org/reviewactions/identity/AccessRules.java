package org.reviewactions.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/**
 * The standing Camunda authorizations. Owners see their own tasks and candidates their group's (the
 * engine grants those per task, {@link TaskGrants}); everyone may use Tasklist and read the diagrams; the
 * board, plan managers and the monitoring sub-group (who oversee every agency's actions on the dashboard)
 * read every action and task through one grant per group, but change nothing outside their own tasks;
 * plan managers use Cockpit. Nothing is granted per action: an agency's people read their agency's actions
 * through the application's own pages and API, which check them against the business tables
 * ({@link AgencyAccess}). Nobody but administrators
 * starts a process or creates a task by hand: plans start their processes when imported (as the system),
 * so Tasklist's "Start process" and "Create task" are theirs alone. Created once, kept on later starts,
 * always before the first request is served.
 */
@Component
class AccessRules {

  private static final String ALL = Authorization.ANY;

  private final AuthorizationService authorizations;
  private final GroupsProperties groups;

  AccessRules(AuthorizationService authorizations, GroupsProperties groups) {
    this.authorizations = authorizations;
    this.groups = groups;
  }

  /** Called before the web server starts ({@link GrantsBeforeRequests}). */
  void ensure() {
    global(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    global(Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
    global(Resources.DEPLOYMENT, ALL, Permissions.READ);
    global(Resources.DECISION_DEFINITION, ALL, Permissions.READ);
    for (String reader : readersOfEveryAction(groups)) {
      group(reader, Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ);
      group(reader, Resources.TASK, ALL, TaskPermissions.READ);
      group(reader, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
      group(reader, Resources.HISTORIC_TASK, ALL, HistoricTaskPermissions.READ);
      group(reader, Resources.HISTORIC_PROCESS_INSTANCE, ALL, HistoricProcessInstancePermissions.READ);
    }
    group(groups.planManagers(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    // Granted by earlier versions, which let plan managers start processes from Tasklist.
    revoke(groups.planManagers(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE);
    revoke(groups.planManagers(), Resources.PROCESS_INSTANCE, ProcessInstancePermissions.CREATE);
  }

  /**
   * The groups that read every action, its tasks and its history through definition-wide grants, so their
   * per-task grants carry no read ({@link TaskGrants}).
   */
  static Set<String> readersOfEveryAction(GroupsProperties groups) {
    return new LinkedHashSet<>(List.of(groups.board(), groups.planManagers(), groups.monitoring()));
  }

  private void revoke(String groupId, Resource resource, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(ALL).singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      existing.removePermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }

  private void global(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .userIdIn(ALL).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    authorization.setUserId(ALL);
    grant(authorization, resource, resourceId, permissions);
  }

  private void group(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    grant(authorization, resource, resourceId, permissions);
  }

  /** One authorization per group (or everyone) and resource: the engine allows no second one. */
  private void grant(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
