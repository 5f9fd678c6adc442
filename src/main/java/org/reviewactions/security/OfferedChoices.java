package org.reviewactions.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The values of the choices a task variable offers a form's select ({@code valuesKey}): a JSON list of
 * {@code {label, value}}, as form-js reads it. Anything else offers nothing, so a guard reading it refuses
 * every value rather than accepting any.
 */
final class OfferedChoices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OfferedChoices() {}

  /** The offered values; a JSON variable's value prints as its JSON text. */
  static Set<String> values(Object variable) {
    Set<String> values = new LinkedHashSet<>();
    if (variable == null) {
      return values;
    }
    try {
      JsonNode list = JSON.readTree(variable.toString());
      if (list != null && list.isArray()) {
        list.forEach(choice -> {
          JsonNode value = choice.isObject() ? choice.get("value") : choice;
          if (value != null && value.isValueNode() && !value.isNull()) {
            values.add(value.asText());
          }
        });
      }
    } catch (java.io.IOException | RuntimeException notJson) {
      return Set.of();
    }
    return values;
  }
}
