package org.reviewactions.identity;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's per-task grants, except for history: a person assigned one of an action's tasks (its
 * owner, or a chair who claims a verification) may read the history of the whole action, through one
 * grant per person and process instance. The engine's own default adds a historic-task grant for every
 * task and every candidate, kept until history cleanup, so the rows per action would grow with each
 * reminder round; candidate groups already read what they must through {@link AgencyAccess} and
 * {@link AccessRules}.
 */
class OwnerHistoryGrants extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    if (task.getProcessInstanceId() == null || !isHistoricInstancePermissionsEnabled()) {
      // A task outside any process has no instance to read; keep the engine's behaviour for it.
      return super.createOrUpdateAuthorizations(task, groupId, userId);
    }
    AuthorizationEntity runtime = createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()));
    if (userId == null) {
      return new AuthorizationEntity[] {runtime};
    }
    String processInstanceId = task.getProcessInstanceId();
    AuthorizationEntity history = getGrantAuthorizationByUserId(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
    if (history != null && history.isPermissionGranted(HistoricProcessInstancePermissions.READ)) {
      return new AuthorizationEntity[] {runtime};
    }
    if (history == null) {
      history = createAuthorization(userId, null, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ);
      provideRemovalTime(history, task);
    } else {
      addPermissions(history, HistoricProcessInstancePermissions.READ);
    }
    return new AuthorizationEntity[] {runtime, history};
  }
}
