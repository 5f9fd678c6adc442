package org.reviewactions.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a person can fill in on a Camunda Form ({@code processes/*.form}): the keyed components,
 * at any depth, that are neither disabled nor read-only. Disabled fields are context the form shows
 * and Tasklist does not send back; read-only ones are not the person's to change. A field with a
 * fixed list of values (radio, select) only takes one of them.
 */
record FormFields(String formId, Map<String, Set<String>> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** No form, no fields: a task without one takes no variables from a person. */
  static FormFields none() {
    return new FormFields(null, Map.of());
  }

  static FormFields parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    collect(root, fields);
    return new FormFields(root.path("id").asText(null), fields);
  }

  private static void collect(JsonNode container, Map<String, Set<String>> fields) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText(null);
      boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
      if (key != null && !key.isBlank() && editable) {
        fields.put(key, options(component));
      }
      collect(component, fields);
    }
  }

  /** The allowed values of a field with a static list, or null for a free field. */
  private static Set<String> options(JsonNode component) {
    JsonNode values = component.get("values");
    if (values == null || !values.isArray()) {
      return null;
    }
    Set<String> options = new LinkedHashSet<>();
    values.forEach(option -> options.add(option.path("value").asText()));
    return options;
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  /** The values the field is limited to, if it is. */
  Optional<Set<String>> options(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
