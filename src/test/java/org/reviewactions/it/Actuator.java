package org.reviewactions.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** {@code /actuator/health} of a running jar, as a load balancer asks it (anonymous) or as an administrator. */
final class Actuator {

  /** What health answered; {@code status} is the whole's, as a load balancer reads it. */
  record Health(int code, String status, JsonNode body) {
    /** The status of one component (db, mail), which only an administrator is shown. */
    String component(String name) {
      JsonNode component = body.path("components").path(name).path("status");
      return component.isMissingNode() ? null : component.asText();
    }
  }

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI uri;

  Actuator(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/actuator/health");
  }

  Health anonymous() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri));
  }

  Health as(String user, String password) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
  }

  private static Health send(HttpRequest.Builder request) throws IOException, InterruptedException {
    // Above the pool's connection timeout, so a health check waiting for a dead database still answers.
    HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
        .build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = new ObjectMapper().readTree(response.body());
    return new Health(response.statusCode(), body.path("status").asText(null), body);
  }
}
