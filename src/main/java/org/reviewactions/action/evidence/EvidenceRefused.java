package org.reviewactions.action.evidence;

import org.springframework.http.HttpStatus;

/**
 * An evidence file refused: the status says which kind of refusal (400 bad name or empty, 413 too large,
 * 415 not an allowed type, 404 no such file on the action, 409 already submitted), the message says what to do.
 * It is thrown before anything is written, so a refusal leaves nothing half-saved.
 */
public class EvidenceRefused extends RuntimeException {

  private final HttpStatus status;

  EvidenceRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
