package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a refusal (401, 403, 413) that says what is wrong, as JSON for API callers and as plain text for browsers. Written
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
    if (wantsJson(request)) {
      response.setContentType("application/json");
      String reason = org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
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
