package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a refusal (401, 403, 413) that says what is wrong: as an RFC 9457 problem on the application's API, as JSON
 * on Camunda's APIs, as the service's error page with the message for a browser asking for a page, and as plain text
 * for anything else. The error page gets the message through a request attribute ({@link ErrorPages}): the servlet
 * error page's own message is left out on purpose, as it may carry an exception's internals.
 */
final class Refusal {

  /** The request attribute carrying the refusal's message to the error page. */
  static final String MESSAGE = Refusal.class.getName() + ".message";

  private Refusal() {}

  static void send(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String reason = org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
    if (isOwnApi(request)) {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
          + ",\"detail\":\"" + json(message) + "\"}");
    } else if (wantsJson(request)) {
      // Camunda's APIs and scripts keep the shape they had: {status, error, message}.
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + reason + "\",\"message\":\"" + json(message) + "\"}");
    } else if (wantsPage(request)) {
      request.setAttribute(MESSAGE, message);
      response.sendError(status);
      return;
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(message);
    }
    response.flushBuffer();
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
        || path.equals("/api") || path.equals("/engine-rest");
  }

  /** The application's own REST API, whose every refusal is an RFC 9457 problem like those of ApiProblemAdvice. */
  private static boolean isOwnApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }

  /** A browser opening a page or sending a form names HTML in its Accept header; scripts and other clients do not. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return isApi(request) || (accept != null && accept.contains("application/json"));
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
