package org.reviewactions.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is completing the current task: the user the engine was called on behalf of (REST, Tasklist). */
@Component
public class CurrentUser {

  private final IdentityService identityService;
  private final GroupsProperties groups;

  CurrentUser(IdentityService identityService, GroupsProperties groups) {
    this.identityService = identityService;
    this.groups = groups;
  }

  /** The signed-in plan manager (or Camunda administrator) who may import plans. */
  public String requirePlanManager() {
    return requireGroup(groups.planManagers(), Groups.CAMUNDA_ADMIN);
  }

  /** Whether the signed-in user may import and change plans (plan managers and Camunda administrators). */
  public boolean isPlanManager() {
    List<String> mine = groupIds();
    return mine.contains(groups.planManagers()) || mine.contains(Groups.CAMUNDA_ADMIN);
  }

  /** Whether the signed-in user is a board member or a Camunda administrator (who may send the quarterly report). */
  public boolean isBoardOrAdministrator() {
    List<String> mine = groupIds();
    return mine.contains(groups.board()) || mine.contains(Groups.CAMUNDA_ADMIN);
  }

  /** Whether the signed-in user chairs the monitoring sub-group or is a Camunda administrator (who may raise a challenge). */
  public boolean isMonitoringChair() {
    List<String> mine = groupIds();
    return mine.contains(groups.monitoring()) || mine.contains(Groups.CAMUNDA_ADMIN);
  }

  public Optional<String> id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId).filter(id -> !id.isBlank());
  }

  /** The signed-in user if they belong to one of the groups; otherwise 403 (or 401 when nobody is signed in). */
  public String requireGroup(String... groupIds) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first.");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (Arrays.stream(groupIds).noneMatch(groups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Only members of " + String.join(" or ", groupIds) + " may do this.");
    }
    return authentication.getUserId();
  }

  /** Whether the signed-in user sits in a group that oversees every action (monitoring, board, plan managers). */
  public boolean oversees() {
    List<String> mine = groupIds();
    return mine.contains(groups.monitoring()) || mine.contains(groups.board()) || mine.contains(groups.planManagers())
        || mine.contains(Groups.CAMUNDA_ADMIN);
  }

  /** The signed-in user, or the fallback (e.g. the task's assignee) when the engine is driven without one. */
  public String idOr(String fallback) {
    return id().orElse(fallback);
  }

  private List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }
}
