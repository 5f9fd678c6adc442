package org.reviewactions.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/** Lets an agency's people read their agency's actions, and nobody else's. */
@Service
public class AgencyAccess {

  private final AuthorizationService authorizations;

  AgencyAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** The agency's group may read the action's process (its state, variables and history), not change it. */
  public void grantRead(String agency, String processInstanceId) {
    String group = AgencyGroups.agencyGroup(agency);
    Authorization running = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    running.setGroupId(group);
    running.setResource(Resources.PROCESS_INSTANCE);
    running.setResourceId(processInstanceId);
    running.addPermission(ProcessInstancePermissions.READ);
    authorizations.saveAuthorization(running);
    Authorization history = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    history.setGroupId(group);
    history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    history.setResourceId(processInstanceId);
    history.addPermission(HistoricProcessInstancePermissions.READ);
    authorizations.saveAuthorization(history);
  }
}
