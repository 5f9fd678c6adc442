package org.reviewactions.config;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing the current task: the user the engine was called on behalf of (REST, Tasklist). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<String> id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId).filter(id -> !id.isBlank());
  }

  /** The signed-in user, or the fallback (e.g. the task's assignee) when the engine is driven without one. */
  public String idOr(String fallback) {
    return id().orElse(fallback);
  }
}
