package org.reviewactions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Signed in on the application's sign-in page as a browser is, then holding the session cookie and the
 * webapps' CSRF token, so a test can send what Tasklist's own API ({@code /camunda/api/engine/...})
 * receives. Redirects are not followed: signing in changes the session id, and a followed redirect
 * would go out with the old one.
 */
final class WebappSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String root;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private String csrfToken;

  private WebappSession(String root) {
    this.root = root;
  }

  static WebappSession signIn(TestRestTemplate rest, String user, String password) {
    WebappSession session = new WebappSession(rest.getRootUri());
    HttpResponse<String> page = session.send(HttpRequest.newBuilder(session.uri("/sign-in")).GET());
    Matcher token = CSRF_FIELD.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("The sign-in page carries no CSRF token: " + page.statusCode());
    }
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(session.uri("/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " to " + location);
    }
    // Opening Tasklist gives the session Camunda's own CSRF token for the webapps' API.
    HttpResponse<String> tasklist = session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/"))
        .header("Accept", "text/html").GET());
    if (session.csrfToken == null) {
      throw new IllegalStateException("Tasklist sent no CSRF token after sign-in: " + tasklist.statusCode());
    }
    return session;
  }

  ResponseEntity<String> postJson(String path, Object body) {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    HttpResponse<String> response = send(request);
    HttpHeaders headers = new HttpHeaders();
    response.headers().map().forEach(headers::addAll);
    return new ResponseEntity<>(response.body(), headers, HttpStatusCode.valueOf(response.statusCode()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.isBlank() && !"Required".equals(t))
          .ifPresent(t -> csrfToken = t);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(root + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
