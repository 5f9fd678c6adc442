package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a refusal (401, 403, 413) that says what is wrong: as an RFC 9457 problem on the application's API, as JSON
 * on Camunda's APIs and as plain text for browsers. Written
 * here rather than through the servlet error page, which leaves the message out.
 */
final class Refusal {

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
