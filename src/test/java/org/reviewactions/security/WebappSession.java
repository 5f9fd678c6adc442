package org.reviewactions.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Signed in to the Camunda webapps as Tasklist's browser is: a session cookie and the webapps' CSRF
 * token, so a test can send what Tasklist's own API ({@code /camunda/api/engine/...}) receives.
 */
final class WebappSession {

  private final TestRestTemplate rest;
  private final List<String> cookies = new ArrayList<>();
  private String csrfToken;

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  static WebappSession signIn(TestRestTemplate rest, String user, String password) {
    WebappSession session = new WebappSession(rest);
    session.keep(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(new HttpHeaders()), String.class));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = session.send(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist",
        MediaType.APPLICATION_FORM_URLENCODED, form);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Webapp sign-in failed: " + login.getStatusCode() + " " + login.getBody());
    }
    // Signing in starts a new session, which gets its own token on its first read.
    session.send(HttpMethod.GET, "/camunda/api/admin/auth/user/default", MediaType.APPLICATION_JSON, null);
    return session;
  }

  ResponseEntity<String> postJson(String path, Object body) {
    return send(HttpMethod.POST, path, MediaType.APPLICATION_JSON, body);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, MediaType type, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
    if (csrfToken != null) {
      headers.set("X-XSRF-TOKEN", csrfToken);
    }
    return keep(rest.exchange(path, method, new HttpEntity<>(body, headers), String.class));
  }

  private ResponseEntity<String> keep(ResponseEntity<String> response) {
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      for (String cookie : set) {
        String pair = cookie.split(";", 2)[0];
        String name = pair.split("=", 2)[0];
        cookies.removeIf(existing -> existing.startsWith(name + "="));
        cookies.add(pair);
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null && !token.isBlank() && !"Required".equals(token)) {
      csrfToken = token;
    }
    return response;
  }
}
