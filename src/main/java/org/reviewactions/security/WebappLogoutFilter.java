package org.reviewactions.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes "Log out" in Tasklist, Cockpit and Admin end the shared session. Camunda's own logout only forgets the
 * webapps' copy of the user, which the next request would bring back from Spring Security's session. The request
 * still goes through Camunda's filters first, so its CSRF check decides whether the logout is genuine; only a
 * logout Camunda accepted (2xx) ends the session.
 */
class WebappLogoutFilter extends OncePerRequestFilter {

  static final Pattern LOGOUT = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/logout/?");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !LOGOUT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() >= 200 && response.getStatus() < 300) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
  }
}
