package org.reviewactions.oversight;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person's dashboard scope. An agency's people are the members of its group or its leads group
 * ({@link AgencyGroups#isOf}, as the progress report reads them); the agencies are found from the agencies actions name, so an
 * agency written two ways in two plans is still theirs under both.
 */
@Component
class DashboardScopes {

  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final DashboardQueries queries;

  DashboardScopes(CurrentUser currentUser, IdentityService identityService, DashboardQueries queries) {
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.queries = queries;
  }

  DashboardScope current() {
    String me = currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
    if (currentUser.oversees()) {
      return new DashboardScope(true, List.of(), me);
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    List<String> agencies = queries.allAgencies().stream().filter(a -> AgencyGroups.isOf(groups, a)).toList();
    return new DashboardScope(false, agencies, me);
  }
}
