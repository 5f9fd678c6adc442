package org.reviewactions.shared;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal from an API controller, answered by {@link ApiProblemAdvice} as an RFC 9457 problem
 * ({@code application/problem+json}): the status, a detail naming the problem, and any fields clients
 * already read (an import's {@code errors} with row and column) as properties of the problem.
 */
public class ApiProblem extends ErrorResponseException {

  public ApiProblem(HttpStatusCode status, String detail) {
    super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }

  /** This problem with one more member in its JSON body. */
  public ApiProblem with(String name, Object value) {
    getBody().setProperty(name, value);
    return this;
  }
}
