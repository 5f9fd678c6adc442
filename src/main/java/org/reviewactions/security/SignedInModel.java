package org.reviewactions.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Lets every page say who is signed in next to its sign-out button. */
@ControllerAdvice
class SignedInModel {

  @ModelAttribute("signedInAs")
  String signedInAs() {
    return SignedInUser.id().orElse(null);
  }
}
