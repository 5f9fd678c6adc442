package org.reviewactions.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Says why a signed-in person's request was refused: a form without its CSRF token, the webapps' switched-off
 * login, or a right they lack. An upload over the size limit loses its token with the rest of the form (the
 * server stops reading it), so it is answered as too large, not as a forgery.
 */
class PageAccessDenied implements AccessDeniedHandler {

  private final RequestMatcher camundaLogin;
  private final MultipartProperties uploads;

  PageAccessDenied(RequestMatcher camundaLogin, MultipartProperties uploads) {
    this.camundaLogin = camundaLogin;
    this.uploads = uploads;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
    if (denied instanceof CsrfException && uploadTooLarge(request)) {
      Refusal.send(request, response, 413, "The upload is too large: each file may be at most " + uploads.getMaxFileSize()
          + ", and everything sent at once at most " + uploads.getMaxRequestSize() + ".");
    } else if (denied instanceof CsrfException) {
      Refusal.send(request, response, 403, "Refused: this form was not sent from a page of this application (its security "
          + "token is missing or out of date). Go back, reload the page and send it again.");
    } else if (camundaLogin.matches(request)) {
      Refusal.send(request, response, 403, "Sign in on " + WebSecurityConfig.SIGN_IN + "; the webapps' own login is switched off.");
    } else {
      Refusal.send(request, response, 403, "You are not allowed to do this.");
    }
  }

  private static boolean uploadTooLarge(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException e) {
      // The servlet container's answer to a file, a request or a number of parts over the configured limits.
      return true;
    } catch (IOException | ServletException e) {
      return false;
    }
  }
}
