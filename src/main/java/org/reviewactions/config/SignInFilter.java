package org.reviewactions.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.reviewactions.identity.RoleDirectory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs requests to the application's own API and pages in with HTTP Basic against Camunda's users,
 * and makes the user the engine's current authentication for the request, as the engine's REST API
 * filter does for {@code /engine-rest}.
 */
class SignInFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Basic ";

  private final IdentityService identityService;
  private final RoleDirectory roles;

  SignInFilter(IdentityService identityService, RoleDirectory roles) {
    this.identityService = identityService;
    this.roles = roles;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Review Action Tracker\", charset=\"UTF-8\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in with your Tasklist user name and password.");
      return;
    }
    identityService.setAuthentication(credentials[0], roles.groupIds(credentials[0]));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String[] credentials(String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
