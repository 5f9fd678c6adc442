package org.reviewactions.shared;

import org.springframework.http.HttpStatus;

/** An uploaded file refused by {@link UploadedFileCheck}: the status says which kind of refusal, the message what to do. */
public class FileRefused extends RuntimeException {

  private final HttpStatus status;

  public FileRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
