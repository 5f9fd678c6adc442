package org.reviewactions.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error answer of the application's API ({@code /api/**}) as an RFC 9457 problem: a title, the status and a
 * detail naming what is wrong, never a stack trace and never a 500 for a bad request. Camunda's {@code /engine-rest}
 * is not Spring MVC and keeps its own format.
 *
 * <p>It has no selectors, so it also sees refusals made before any controller was chosen (a wrong content type, a
 * method the address does not take). Outside {@code /api/} each handler rethrows the exception as is, which Spring
 * passes on to its other resolvers: pages keep their pages and error pages.
 *
 * <p>Bad input the framework refuses before a controller runs (malformed JSON, a value of the wrong type, a missing
 * parameter, a constraint on a request body) gets a detail naming the field; the base class answers the rest of
 * Spring MVC's own refusals (405, 406, 415) as problems too.
 */
@RestControllerAdvice
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
  private static final int MAX_ECHO = 80;

  /** A field of a request body and what is wrong with it, as the invitation API has always listed them. */
  record FieldProblem(String field, String message) {}

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
    apiOnly(e, request);
    return answer(e, HttpStatus.NOT_FOUND, e.getMessage(), request);
  }

  @ExceptionHandler(BusinessRuleException.class)
  ResponseEntity<Object> businessRule(BusinessRuleException e, WebRequest request) {
    apiOnly(e, request);
    return answer(e, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), request);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<Object> denied(Exception e, WebRequest request) throws Exception {
    apiOnly(e, request);
    return answer(e, HttpStatus.FORBIDDEN, "You may not do this.", request);
  }

  /** Anything else is the server's fault: logged in full, answered without the internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
    apiOnly(e, request);
    log.error("Unexpected failure answering {}", path(request), e);
    return answer(e, HttpStatus.INTERNAL_SERVER_ERROR,
        "The server could not answer this request. The failure has been logged.", request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return answer(e, HttpStatus.BAD_REQUEST, unreadable(e), request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String expected = e.getRequiredType() == null ? "another type" : kind(e.getRequiredType());
    return answer(e, HttpStatus.BAD_REQUEST,
        name + ": '" + echo(String.valueOf(e.getValue())) + "' is not " + expected + ".", request);
  }

  /** A request body breaking its constraints: 422 naming every field, as {@code errors: [{field, message}]}. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
    String detail = problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" "));
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        detail.isEmpty() ? "The request body is not valid." : detail);
    body.setProperty("errors", problems);
    return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatus.UNPROCESSABLE_ENTITY, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    apiOnly(e, request);
    if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
      problem.setDetail(HttpStatus.resolve(status.value()) == null ? "The request was refused."
          : HttpStatus.valueOf(status.value()).getReasonPhrase() + ".");
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  /** Rethrows the exception itself outside the API, so that Spring's other resolvers answer it as before. */
  private static void apiOnly(Exception e, WebRequest request) {
    String path = path(request);
    if (!(path.startsWith("/api/") || path.equals("/api"))) {
      ApiProblemAdvice.<RuntimeException>rethrow(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void rethrow(Throwable e) throws T {
    throw (T) e;
  }

  private ResponseEntity<Object> answer(Exception e, HttpStatus status, String detail, WebRequest request) {
    return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), new HttpHeaders(), status,
        request);
  }

  private static String unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonParseException parse) {
      return "The request body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + ").";
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return field + ": the value is not " + kind(mismatch.getTargetType()) + ".";
    }
    if (cause instanceof JsonMappingException) {
      return "The request body does not have the expected shape (a JSON object).";
    }
    return "The request needs a JSON body.";
  }

  /** What a Java type is called to someone writing JSON or a URL. */
  private static String kind(Class<?> type) {
    if (type == null) {
      return "of the expected type";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  private static String echo(String value) {
    return value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
  }

  private static String path(WebRequest request) {
    HttpServletRequest servlet = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
    return servlet == null ? "" : servlet.getRequestURI().substring(servlet.getContextPath().length());
  }
}
