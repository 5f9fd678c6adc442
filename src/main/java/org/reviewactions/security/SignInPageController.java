package org.reviewactions.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The application's own sign-in page, for its pages and Tasklist, Cockpit and Admin alike. */
@Controller
class SignInPageController {

  @GetMapping(WebSecurityConfig.SIGN_IN)
  String signIn() {
    return "security/sign-in";
  }
}
