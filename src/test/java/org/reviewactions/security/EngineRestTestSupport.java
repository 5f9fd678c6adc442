package org.reviewactions.security;

import java.util.Map;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine's REST API as an attacker meets it: a real server on a random port, HTTP Basic as a
 * signed-in person, and a bean whose method counts its calls, so a test can prove that an expression
 * it smuggled in was never evaluated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The REST API serves the engine named "default", so this context keeps that name.
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@Import(EngineRestTestSupport.Marker.class)
// Closing a context unregisters its engine's name from Camunda's global registry: a cached context named
// "default" would lose its REST API when another test's "default" closes, so each class closes its own.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EngineRestTestSupport extends ProcessTestSupport {

  /** Evaluating {@code ${expressionMarker.mark()}} anywhere in the engine counts one call. */
  static final String MARKER_EXPRESSION = "${expressionMarker.mark()}";

  @Autowired TestRestTemplate rest;
  @Autowired ExpressionMarker marker;

  ResponseEntity<String> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  ResponseEntity<String> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, TestPeople.PASSWORD);
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** REST's variable map: each value wrapped as {@code {"value": ...}}. */
  static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> wrapped = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> wrapped.put(name, java.util.Collections.singletonMap("value", value)));
    return Map.of("variables", wrapped);
  }

  @TestConfiguration
  static class Marker {
    @Bean
    ExpressionMarker expressionMarker() {
      return new ExpressionMarker();
    }
  }
}
