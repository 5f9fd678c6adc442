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
import java.util.regex.Pattern;

/**
 * The fields a person can fill in on a Camunda Form ({@code processes/*.form}): the keyed components,
 * at any depth, that are neither disabled nor read-only. Disabled fields are context the form shows
 * and Tasklist does not send back; read-only ones are not the person's to change. A field with a
 * fixed list of values (radio, select) only takes one of them, and one with a pattern (the typed dates)
 * only text the pattern matches. A select whose choices come from a task variable ({@code valuesKey}, e.g.
 * the people of an agency) takes only one of the choices that variable offers on the task being completed.
 */
record FormFields(String formId, Map<String, Set<String>> fields, Map<String, Pattern> patterns,
    Map<String, String> valuesKeys) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** No form, no fields: a task without one takes no variables from a person. */
  static FormFields none() {
    return new FormFields(null, Map.of(), Map.of(), Map.of());
  }

  static FormFields parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    Map<String, String> valuesKeys = new LinkedHashMap<>();
    collect(root, fields, patterns, valuesKeys);
    return new FormFields(root.path("id").asText(null), fields, patterns, valuesKeys);
  }

  private static void collect(JsonNode container, Map<String, Set<String>> fields, Map<String, Pattern> patterns,
      Map<String, String> valuesKeys) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText(null);
      boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
      if (key != null && !key.isBlank() && editable) {
        fields.put(key, options(component));
        String pattern = component.path("validate").path("pattern").asText("");
        if (!pattern.isEmpty()) {
          patterns.put(key, Pattern.compile(pattern));
        }
        String valuesKey = component.path("valuesKey").asText("");
        if (!valuesKey.isBlank()) {
          valuesKeys.put(key, valuesKey);
        }
      }
      collect(component, fields, patterns, valuesKeys);
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

  /** The pattern the field's text must match, if it has one (form-js checks it only on text that is not empty). */
  Optional<Pattern> pattern(String key) {
    return Optional.ofNullable(patterns.get(key));
  }

  /** The task variable that offers the field's choices, if they are not fixed in the form. */
  Optional<String> valuesKey(String key) {
    return Optional.ofNullable(valuesKeys.get(key));
  }

  /**
   * This form with each field fed from a task variable limited to the choices that variable offers: the
   * given lookup answers a variable's choices (empty when the task offers none, so nothing is accepted).
   */
  FormFields withOfferedChoices(java.util.function.Function<String, Set<String>> offered) {
    if (valuesKeys.isEmpty()) {
      return this;
    }
    Map<String, Set<String>> limited = new LinkedHashMap<>(fields);
    valuesKeys.forEach((field, variable) -> limited.put(field, offered.apply(variable)));
    return new FormFields(formId, limited, patterns, valuesKeys);
  }

  /** The values the field is limited to, if it is. */
  Optional<Set<String>> options(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
