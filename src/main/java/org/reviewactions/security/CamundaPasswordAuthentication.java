package org.reviewactions.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a user name and password against Camunda's users, for the sign-in page and HTTP Basic alike. It goes
 * through {@link IdentityService#checkPassword} and nothing else, so the engine's login throttling (a growing delay
 * after failures) applies to every way in, and the password is checked once per sign-in.
 */
public class CamundaPasswordAuthentication implements AuthenticationProvider {

  static final String FAILED = "The user name or password is not right, or the account is paused after repeated failures.";

  private final IdentityService identityService;

  public CamundaPasswordAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String userId = attempt.getName() == null ? "" : attempt.getName().strip();
    Object credentials = attempt.getCredentials();
    if (userId.isEmpty() || !(credentials instanceof String password) || password.isEmpty()) {
      throw new BadCredentialsException(FAILED);
    }
    // A leftover engine user on this thread must not be the one asking to check a password.
    identityService.clearAuthentication();
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException(FAILED);
    }
    // Groups are read afresh on every request (EngineAuthenticationFilter, Camunda's filters), never from here:
    // a user taken out of a group loses its rights at once, not at their next sign-in.
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
