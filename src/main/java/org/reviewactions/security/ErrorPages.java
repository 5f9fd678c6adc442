package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that is not there, or not for this person, answers with the service's own error page on the GOV.UK
 * layout (templates/error.html) and its status, never Spring's Whitelabel page: a heading a person understands,
 * and nothing of the server's internals (Spring Boot leaves the exception's message and stack trace out of the
 * model); a refusal of the security filters brings its own message ({@link Refusal}). The application's API never gets here: {@code ApiProblemAdvice} answers it with problems.
 */
@Component
class ErrorPages implements ErrorViewResolver {

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Map<String, Object> page = new HashMap<>(model);
    // A refusal made before any page ran (a form without its token, an upload too large) says why.
    Object refusal = request.getAttribute(Refusal.MESSAGE);
    if (refusal instanceof String message && status != HttpStatus.NOT_FOUND) {
      page.put("refusal", message);
      page.put("heading", "There is a problem");
    } else {
      page.put("heading", heading(status));
    }
    return new ModelAndView("error", page, status);
  }

  static String heading(HttpStatus status) {
    if (status == HttpStatus.NOT_FOUND) {
      return "Page not found";
    }
    if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
      return "You cannot see this page";
    }
    return status.is5xxServerError() ? "Sorry, there is a problem with the service" : "There is a problem with this request";
  }
}
