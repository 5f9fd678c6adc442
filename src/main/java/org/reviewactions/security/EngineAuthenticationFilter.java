package org.reviewactions.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.reviewactions.identity.RoleDirectory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the signed-in user the engine's current authentication while the application's own code handles the request,
 * so that {@code CurrentUser} and the engine's authorization checks see who is asking. Groups are read on every
 * request, so a change of membership takes effect at once. The Camunda webapps and {@code /engine-rest} set their
 * own (see {@link SpringSecurityAuthenticationProvider}).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final RoleDirectory roles;

  EngineAuthenticationFilter(IdentityService identityService, RoleDirectory roles) {
    this.identityService = identityService;
    this.roles = roles;
  }

  /** The error page (a 404, a 403) shows the navigation of the person who asked, so it needs them too. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> user = SignedInUser.id();
    if (user.isEmpty()) {
      // Threads are pooled: a visitor who is not signed in must never inherit the previous request's user.
      identityService.clearAuthentication();
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(user.get(), roles.groupIds(user.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
