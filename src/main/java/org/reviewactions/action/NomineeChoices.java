package org.reviewactions.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.reviewactions.identity.Person;

/**
 * The people a lead may nominate, as the Nominate form's select reads them: a JSON variable (Tasklist
 * parses only JSON variables into a select's options) holding a list of {label, value}. The same
 * variable is what the task form guard accepts a nominee from.
 */
final class NomineeChoices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NomineeChoices() {}

  static JsonValue of(List<Person> people) {
    ArrayNode choices = JSON.createArrayNode();
    for (Person person : people) {
      String label = person.displayName() + (person.email() == null || person.email().isBlank() ? "" : " (" + person.email() + ")");
      choices.addObject().put("label", label).put("value", person.userId());
    }
    return SpinValues.jsonValue(choices.toString()).create();
  }
}
