package org.reviewactions.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own account (creating agency groups, starting
 * the processes of an imported plan) without the signed-in user's authorizations, after the
 * application itself has checked that the user may ask for them.
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }
}
