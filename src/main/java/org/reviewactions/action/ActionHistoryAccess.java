package org.reviewactions.action;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/**
 * Who may read an action's own history: its owner, its agency's people, the monitoring sub-group it
 * is routed to, the board, plan managers and administrators. The same people read its Camunda history.
 */
@Component
class ActionHistoryAccess {

  static final String REFUSAL = "Only the action's owner, the people of its agency, the monitoring sub-group it is "
      + "routed to, the board and plan managers may read its history.";

  private final IdentityService identityService;
  private final HistoryService historyService;
  private final GroupsProperties groups;
  private final AsSystem asSystem;

  ActionHistoryAccess(IdentityService identityService, HistoryService historyService, GroupsProperties groups,
      AsSystem asSystem) {
    this.identityService = identityService;
    this.historyService = historyService;
    this.groups = groups;
    this.asSystem = asSystem;
  }

  boolean mayRead(Action action) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return false;
    }
    List<String> mine = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (user.getUserId().equals(action.getOwnerUserId()) || mine.contains(AgencyGroups.agencyGroup(action.getAgency()))
        || mine.contains(groups.board()) || mine.contains(groups.planManagers()) || mine.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return routedMonitoringGroup(action).map(mine::contains).orElse(false);
  }

  /**
   * The group the action's process routes verifications and lapse decisions to, as the process holds it;
   * read as the application because the user may not read the process.
   */
  private Optional<String> routedMonitoringGroup(Action action) {
    if (action.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    List<HistoricVariableInstance> found = asSystem.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(action.getProcessInstanceId()).variableName(ActionProcess.Var.MONITORING_GROUP).list());
    return found.stream().filter(v -> v.getTaskId() == null).map(HistoricVariableInstance::getValue)
        .filter(String.class::isInstance).map(String.class::cast).findFirst();
  }
}
