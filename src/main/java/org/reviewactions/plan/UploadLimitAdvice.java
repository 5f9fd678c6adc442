package org.reviewactions.plan;

import java.util.List;
import org.reviewactions.shared.ApiProblem;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the server's multipart limit (spring.servlet.multipart) is refused before any
 * controller sees it. Without selectors, this advice also applies when no handler was found yet,
 * which is where that refusal happens; it comes before the API's own advice ({@code ApiProblemAdvice}),
 * whose problem would lack the import's fields. It answers 413 and names the limit: as a problem on the API, with the
 * import's fields on {@code /api/action-plans}, as text for pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private final MultipartProperties multipart;

  UploadLimitAdvice(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    String message = "The upload is larger than the server accepts: at most "
        + ImportLimits.size(multipart.getMaxFileSize().toBytes()) + " per file and "
        + ImportLimits.size(multipart.getMaxRequestSize().toBytes()) + " per request "
        + "(spring.servlet.multipart.max-file-size, max-request-size).";
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/action-plans")) {
      return answer(ActionPlanController.problem(HttpStatus.PAYLOAD_TOO_LARGE, new ImportResult(
          ImportResult.Outcome.TOO_LARGE, null, 0, 0, 0, List.of(), List.of(new ImportError(null, "file", message)))));
    }
    if (path.startsWith("/api/")) {
      return answer(new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, message));
    }
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.TEXT_PLAIN).body(message);
  }

  private static ResponseEntity<?> answer(ApiProblem problem) {
    return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem.getBody());
  }
}
