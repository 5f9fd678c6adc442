package org.reviewactions.plan;

import java.util.List;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
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
 * which is where that refusal happens; it answers 413 and names the limit.
 */
@ControllerAdvice
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
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/action-plans")) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
          .body(new ImportResult(ImportResult.Outcome.TOO_LARGE, null, 0, 0, 0, List.of(),
              List.of(new ImportError(null, "file", message))));
    }
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.TEXT_PLAIN).body(message);
  }
}
