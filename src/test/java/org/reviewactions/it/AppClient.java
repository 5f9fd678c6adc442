package org.reviewactions.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application's own API and pages of a running jar, as one person: the REST API with HTTP Basic (a plan upload as
 * multipart), and the pages as a browser uses them (signed in on the sign-in page, each form sent with the CSRF
 * token of the page it is on).
 */
final class AppClient {

  record Answer(int status, String body, String location) {}

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final String user;
  private final String password;
  private final HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  AppClient(int port, String user, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.user = user;
    this.password = password;
  }

  /** POST of a multipart form to the API; a value that is a {@code byte[]} is sent as a CSV file named plan.csv. */
  Answer upload(String path, Map<String, Object> fields) throws IOException, InterruptedException {
    String boundary = "----it" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"").getBytes(StandardCharsets.UTF_8));
      if (field.getValue() instanceof byte[] file) {
        body.writeBytes("; filename=\"plan.csv\"\r\nContent-Type: text/csv\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
      } else {
        body.writeBytes(("\r\n\r\n" + field.getValue()).getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(api, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** GET of the API with HTTP Basic. */
  Answer get(String path) throws IOException, InterruptedException {
    return send(api, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic())
        .header("Accept", "application/json").GET());
  }

  /** Signs in on the sign-in page; the pages are then used in that session. */
  void signIn() throws IOException, InterruptedException {
    Answer answer = submit("/sign-in", "/sign-in", Map.of("username", user, "password", password));
    if (answer.status() != 302 || answer.location() == null || answer.location().contains("error")) {
      throw new AssertionError("Sign-in as " + user + " answered " + answer.status() + " to " + answer.location());
    }
  }

  /** Sends a form of {@code page} (whose CSRF token it carries) to {@code action}, as the page's button would. */
  Answer submit(String page, String action, Map<String, String> fields) throws IOException, InterruptedException {
    Answer shown = send(pages, HttpRequest.newBuilder(URI.create(base + page)).GET());
    Matcher token = CSRF.matcher(shown.body());
    if (shown.status() != 200 || !token.find()) {
      throw new AssertionError("GET " + page + " answered " + shown.status() + " without a CSRF token");
    }
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", token.group(1));
    String encoded = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(pages, HttpRequest.newBuilder(URI.create(base + action))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encoded)));
  }

  private String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Answer send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request.timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
  }
}
