package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunction;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * {@link ReusingFeelEngine} against the engine's own {@link ScalaFeelEngine}, expression by expression: the same
 * value or the same failure (exception class and message), for the routing table's texts, the forms an installation
 * writes into it, and FEEL beyond them (functions, failures, assertions, absent and null variables, other types).
 */
class ReusingFeelEngineTest {

  /** A custom function, as the engine can be given: it must still be found, after the built-in ones. */
  private static final List<FeelCustomFunctionProvider> FUNCTIONS = List.of(new FeelCustomFunctionProvider() {
    @Override
    public java.util.Optional<CustomFunction> resolveFunction(String name) {
      if ("explode".equals(name)) {
        return java.util.Optional.of(CustomFunction.create().setParams("what").setFunction(args -> {
          throw new IllegalStateException("exploded on " + args.get(0));
        }).build());
      }
      return "greet".equals(name) ? java.util.Optional.of(CustomFunction.create().setParams("who")
          .setFunction(args -> "hello " + args.get(0)).build()) : java.util.Optional.empty();
    }

    @Override
    public java.util.Collection<String> getFunctionNames() {
      return List.of("greet", "explode");
    }
  });

  /** A variable whose bean property fails when FEEL reads it. */
  public static class Exploding {
    public String getName() {
      throw new IllegalStateException("no name");
    }
  }

  private final FeelEngine stock = new ScalaFeelEngine(FUNCTIONS);
  private final FeelEngine reusing = new ReusingFeelEngine(FUNCTIONS);

  private static final List<String> EXPRESSIONS = List.of(
      // The routing table's input expressions and output entries, and what its description tells people to write.
      "agency", "reviewRef", "defaultChairGroup", "defaultBoardGroup", "\"oscb-chairs\"", "\"a \\\"quoted\\\" group\"",
      // Beyond the documented form.
      "missing", "null", "1 + 2", "10 / 4", "10 / 0", "\"a\" + agency", "agency + 1", "upper case(agency)",
      "if agency = \"OSCB\" then \"oscb-chairs\" else defaultChairGroup", "string length(reviewRef)",
      "date(\"2026-03-02\") + duration(\"P1D\")", "date(\"not a date\")", "now() != null", "today() < date(\"2999-01-01\")",
      "count([1, 2, 3])", "[1, 2, 3][item > 1]", "{a: 1, b: agency}.b", "some x in [1, 2] satisfies x > 1",
      "?", "thing", "exploding", "exploding.name", "explode(agency)", "number", "flag", "when", "list[2]", "context.key", "greet(agency)", "no such function(1)",
      "assert(number, number > 0)", "assert(number, number < 0, \"must be negative\")", "1 +", "\"unclosed", "");

  private static final List<String> UNARY_TESTS = List.of(
      "\"OSCB\"", "-", "\"OSCB\", \"Kingston Hospital\"", "not(\"OSCB\")", "agency", "reviewRef", "starts with(?, \"O\")",
      "> 5", "[1..10]", "null", "?", "? = number", "\"a\" < 1", "< date(\"2026-01-01\")", "greet(?) = \"hello OSCB\"",
      "assert(?, ? != null)", "1 +", "");

  private static List<Map<String, Object>> variableSets() {
    List<Map<String, Object>> sets = new ArrayList<>();
    for (Object input : new Object[] {"OSCB", "Kingston Hospital", "", null, 7, 7L, 12.5, true, LocalDate.of(2025, 5, 1),
        new Date(0), List.of(1, 2), Map.of("key", "value")}) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("agency", input);
      variables.put("reviewRef", "SCR-BABY-A");
      variables.put("defaultChairGroup", "configured-chairs");
      variables.put("defaultBoardGroup", "configured-board");
      variables.put("number", input instanceof Number ? input : -1);
      variables.put("flag", input instanceof Boolean ? input : false);
      variables.put("when", new Date(1_700_000_000_000L));
      variables.put("list", List.of("x", "y", "z"));
      variables.put("context", Map.of("key", "value"));
      variables.put("thing", new Object());
      variables.put("exploding", new Exploding());
      sets.add(variables);
    }
    return sets;
  }

  /** The value, or the failure as class and message: what the DMN engine would see either way. */
  private static Object outcome(Supplier<Object> evaluation) {
    try {
      return evaluation.get();
    } catch (RuntimeException e) {
      return List.of("failed", e.getClass().getName(), Objects.toString(e.getMessage()));
    }
  }

  @Test
  void everyExpressionEvaluatesAsTheEnginesOwnFeelEngineDoes() {
    int failures = 0;
    for (Map<String, Object> variables : variableSets()) {
      for (String expression : EXPRESSIONS) {
        VariableContext context = Variables.fromMap(variables).asVariableContext();
        Object expected = outcome(() -> stock.evaluateSimpleExpression(expression, context));
        // Twice: the first parses, the second uses what was kept.
        assertThat(outcome(() -> reusing.evaluateSimpleExpression(expression, context))).as(expression + " " + variables)
            .isEqualTo(expected);
        assertThat(outcome(() -> reusing.evaluateSimpleExpression(expression, context))).as(expression + " " + variables)
            .isEqualTo(expected);
        failures += expected instanceof List<?> l && "failed".equals(l.get(0)) ? 1 : 0;
      }
    }
    // The corpus exercises failures as well as values.
    assertThat(failures).isGreaterThan(20).isLessThan(EXPRESSIONS.size() * variableSets().size() / 2);
  }

  @Test
  void everyInputEntryMatchesAsWithTheEnginesOwnFeelEngine() {
    int matches = 0;
    for (Map<String, Object> variables : variableSets()) {
      for (String test : UNARY_TESTS) {
        // As the DMN engine passes a cell's input: the input variable beside the others.
        Map<String, Object> withInput = new HashMap<>(variables);
        withInput.put("cellInput", variables.get("agency"));
        VariableContext context = Variables.fromMap(withInput).asVariableContext();
        Object expected = outcome(() -> stock.evaluateSimpleUnaryTests(test, "cellInput", context));
        assertThat(outcome(() -> reusing.evaluateSimpleUnaryTests(test, "cellInput", context))).as(test + " " + variables)
            .isEqualTo(expected);
        assertThat(outcome(() -> reusing.evaluateSimpleUnaryTests(test, "cellInput", context))).as(test + " " + variables)
            .isEqualTo(expected);
        matches += Boolean.TRUE.equals(expected) ? 1 : 0;
      }
    }
    assertThat(matches).isGreaterThan(10);
  }

  @Test
  void aFailedAssertionIsNotCarriedIntoTheNextEvaluation() {
    VariableContext negative = Variables.createVariables().putValue("number", -1).asVariableContext();
    assertThat(outcome(() -> reusing.evaluateSimpleExpression("assert(number, number > 0)", negative)).toString())
        .contains("Assertion failure");
    assertThat((Object) reusing.evaluateSimpleExpression("number", negative)).isEqualTo(stock.evaluateSimpleExpression("number", negative));
    assertThat((Object) reusing.evaluateSimpleExpression("number + 1", negative)).isEqualTo(stock.evaluateSimpleExpression("number + 1", negative));
  }
}
