package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The application's own sign-in page, for its pages and Tasklist, Cockpit and Admin alike. */
@Controller
class SignInPageController {

  @GetMapping(WebSecurityConfig.SIGN_IN)
  String signIn(HttpServletRequest request, Model model) {
    // Spring Security's failure and sign-out addresses (?error, ?signed-out) carry no value, only the name.
    model.addAttribute("failed", request.getParameterMap().containsKey("error"));
    model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
    return "security/sign-in";
  }
}
