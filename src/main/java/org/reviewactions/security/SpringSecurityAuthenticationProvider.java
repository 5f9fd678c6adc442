package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

/**
 * Tells Camunda's authentication filters (the webapps' {@code ContainerBasedAuthenticationFilter} and
 * {@code /engine-rest}'s {@code ProcessEngineAuthenticationFilter}) who Spring Security has signed in, so the
 * password is checked once, by Spring Security, and Tasklist, Cockpit and Admin share the application's session.
 * Groups and tenants are left for Camunda to read from the engine, as it does for its own sign-in.
 *
 * <p>Camunda creates this class by name, so it has a public no-argument constructor and no Spring dependencies.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    // A session can outlive its account; Camunda's filters answer a deleted user with a 500, so refuse here.
    return SignedInUser.id()
        .filter(userId -> engine.getIdentityService().createUserQuery().userId(userId).count() == 1)
        .map(AuthenticationResult::successful)
        .orElseGet(AuthenticationResult::unsuccessful);
  }
}
