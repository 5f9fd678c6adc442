package org.reviewactions.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Lets an agency's people read their agency's actions, and nobody else's: one grant on the running
 * process instance (removed by the engine when it ends) and one on its history, for the agency's group.
 * The owner's own grant on the history comes with their task ({@link OwnerHistoryGrants}).
 */
@Service
public class AgencyAccess {

  /** Who reads one action: its agency, its current owner (if any), and the action's process instance. */
  public record ActionReaders(String agency, String ownerUserId, String processInstanceId) {}

  // Keeps the IN list of one query well under what every supported database accepts.
  private static final int QUERY_BATCH = 500;

  private final AuthorizationService authorizations;
  private final RuntimeService runtime;

  AgencyAccess(AuthorizationService authorizations, RuntimeService runtime) {
    this.authorizations = authorizations;
    this.runtime = runtime;
  }

  /** The agency's group may read the action's process (its state, variables and history), not change it. */
  public void grantRead(String agency, String processInstanceId) {
    String group = AgencyGroups.agencyGroup(agency);
    save(group, null, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    save(group, null, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }

  /**
   * The action moved to another agency: the old agency's group loses its read grants on the action's process and
   * history, and the new agency's group gets them (unless it has them already).
   */
  public void moveRead(String oldAgency, String newAgency, String processInstanceId) {
    String oldGroup = AgencyGroups.agencyGroup(oldAgency);
    for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
      authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(oldGroup)
          .resourceType(resource).resourceId(processInstanceId).list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
    Set<String> existing = existingGrants();
    String group = AgencyGroups.agencyGroup(newAgency);
    ensure(existing, group, null, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      ensure(existing, group, null, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    }
  }

  /**
   * Adds the read grants that actions started by an earlier release lack (the agency's and the owner's
   * on the history, the agency's on a still running process) and leaves existing ones alone, so it may
   * run on every start. Returns how many grants it added.
   */
  public int ensureRead(Collection<ActionReaders> actions) {
    Set<String> existing = existingGrants();
    Set<String> running = running(actions);
    int added = 0;
    for (ActionReaders action : actions) {
      String pi = action.processInstanceId();
      String group = AgencyGroups.agencyGroup(action.agency());
      added += ensure(existing, group, null, Resources.HISTORIC_PROCESS_INSTANCE, pi, HistoricProcessInstancePermissions.READ);
      if (action.ownerUserId() != null) {
        added += ensure(existing, null, action.ownerUserId(), Resources.HISTORIC_PROCESS_INSTANCE, pi,
            HistoricProcessInstancePermissions.READ);
      }
      // A grant on an ended process would never be removed, so only running ones get it.
      if (running.contains(pi)) {
        added += ensure(existing, group, null, Resources.PROCESS_INSTANCE, pi, ProcessInstancePermissions.READ);
      }
    }
    return added;
  }

  private int ensure(Set<String> existing, String group, String user, Resource resource, String resourceId,
      Permission permission) {
    if (!existing.add(key(resource.resourceType(), group, user, resourceId))) {
      return 0;
    }
    save(group, user, resource, resourceId, permission);
    return 1;
  }

  /**
   * Grants are matched by who, resource and id only: the engine allows one grant per such triple, and
   * one found here that lacks READ was narrowed on purpose by an administrator.
   */
  private Set<String> existingGrants() {
    Set<String> keys = new HashSet<>();
    for (Resource resource : List.of(Resources.HISTORIC_PROCESS_INSTANCE, Resources.PROCESS_INSTANCE)) {
      authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource)
          .list().forEach(a -> keys.add(key(a.getResourceType(), a.getGroupId(), a.getUserId(), a.getResourceId())));
    }
    return keys;
  }

  private Set<String> running(Collection<ActionReaders> actions) {
    List<String> ids = actions.stream().map(ActionReaders::processInstanceId).distinct().toList();
    Set<String> running = new HashSet<>();
    for (int from = 0; from < ids.size(); from += QUERY_BATCH) {
      Set<String> batch = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + QUERY_BATCH)));
      runtime.createProcessInstanceQuery().processInstanceIds(batch).list().stream()
          .map(ProcessInstance::getId).forEach(running::add);
    }
    return running;
  }

  private static String key(int resourceType, String group, String user, String resourceId) {
    return resourceType + "|" + (group != null ? "g:" + group : "u:" + user) + "|" + resourceId;
  }

  private void save(String group, String user, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setUserId(user);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
