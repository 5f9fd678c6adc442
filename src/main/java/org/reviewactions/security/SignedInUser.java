package org.reviewactions.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user Spring Security has signed in for this request, if any (an anonymous visitor is nobody). */
final class SignedInUser {

  private SignedInUser() {}

  static Optional<String> id() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.ofNullable(authentication.getName()).filter(name -> !name.isBlank());
  }
}
