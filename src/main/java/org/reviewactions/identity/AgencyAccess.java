package org.reviewactions.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.reviewactions.shared.GroupsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an agency's people read their agency's actions: through the application, not through Camunda
 * grants. The action pages, the action history API, the dashboard and the reports check the reader
 * against the business tables (owner, agency group, leads group, overseeing groups); the engine grants
 * nothing per action, only the per-task grants its task links need ({@link TaskGrants}) and one grant per
 * overseeing group ({@link AccessRules}). So an agency colleague gets nothing of another person's action
 * from the engine's REST API ({@code /process-instance}, {@code /history/*}, {@code /variable-instance}),
 * and nobody of another agency does either.
 *
 * <p>Earlier releases granted, per action, read on the running process and its history to the agency's
 * group and to every person assigned one of its tasks, and read on every task to its candidate group. On
 * every start this removes what is left of those before the first request is served (a second start finds
 * nothing to do).
 */
@Component
class AgencyAccess {

  private static final Logger log = LoggerFactory.getLogger(AgencyAccess.class);

  private final JdbcTemplate jdbc;
  private final AuthorizationService authorizations;
  private final GroupsProperties groups;
  private final TransactionTemplate transaction;

  AgencyAccess(JdbcTemplate jdbc, AuthorizationService authorizations, GroupsProperties groups,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.authorizations = authorizations;
    this.groups = groups;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Called before the web server starts, after the standing grants ({@link GrantsBeforeRequests}). */
  void retireEarlierGrants() {
    int removed = removeInstanceGrants();
    int narrowed = transaction.execute(status -> narrowOverseersTaskGrants());
    if (removed + narrowed > 0) {
      log.info("Removed {} read grants on single process instances and took read off {} task grants of overseeing groups",
          removed, narrowed);
    }
  }

  /**
   * Deletes every grant that lets someone read exactly one process instance or its history and nothing else:
   * the grants earlier releases made per action. One statement: at 50,000 actions there are 100,000 of them,
   * and the engine's API would delete them one command each. A grant with any other permission was made by
   * someone else, and stays.
   */
  int removeInstanceGrants() {
    return jdbc.update("delete from ACT_RU_AUTHORIZATION where TYPE_ = ? and RESOURCE_TYPE_ in (?, ?) and RESOURCE_ID_ <> ?"
        + " and PERMS_ = ?", Authorization.AUTH_TYPE_GRANT, Resources.PROCESS_INSTANCE.resourceType(),
        Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Authorization.ANY, Permissions.READ.getValue());
  }

  /**
   * Takes read off the per-task grants of the groups that read every task anyway, as {@link TaskGrants} makes
   * them now: one per open task of theirs, so few, and the engine's API keeps its own checks on them.
   */
  int narrowOverseersTaskGrants() {
    List<Authorization> found = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).groupIdIn(AccessRules.readersOfEveryAction(groups).toArray(String[]::new)).list();
    int narrowed = 0;
    for (Authorization grant : found) {
      boolean reads = grant.isPermissionGranted(Permissions.READ) || grant.isPermissionGranted(TaskPermissions.READ_VARIABLE);
      if (Authorization.ANY.equals(grant.getResourceId()) || !reads) {
        continue;
      }
      grant.removePermission(Permissions.READ);
      grant.removePermission(TaskPermissions.READ_VARIABLE);
      authorizations.saveAuthorization(grant);
      narrowed++;
    }
    return narrowed;
  }
}
