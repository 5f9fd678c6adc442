package org.reviewactions.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import camundajar.impl.scala.util.control.NonFatal;

/**
 * The engine's FEEL engine for decisions, evaluating as feel-engine 1.19.3 does but without redoing, for every
 * expression, the two things that do not change between evaluations: the parse of a table's text, and the table of
 * built-in functions (feel-engine 1.19.3 builds every built-in function object anew each time, its {@code rootContext()};
 * 1.19.4 builds them once, the same way as here, commit 69bf051 "perf: revert rootContext to val", but only 1.19.3 is
 * available to this build). What an expression evaluates to, and the failure it reports, are those of
 * {@link ScalaFeelEngine}: the same parser and validation ({@code parseExpression}, {@code parseUnaryTests}; feel-engine
 * validates again before each evaluation, which gives the same answer for the same text, so here only once), the same
 * interpreter, value mapper, custom functions and clock, and a fresh failure collector per evaluation.
 *
 * <p>Written against feel-engine 1.19.3's {@code FeelEngine.evaluate}; {@code ReusingFeelEngineTest} compares the two
 * engines expression by expression, so a feel-engine upgrade that changes evaluation shows there (and makes this
 * class unnecessary from 1.19.4 on, apart from the parse cache).
 */
class ReusingFeelEngine extends ScalaFeelEngine {

  /** Beyond this many distinct texts (a table's texts, over all deployed versions) new ones are parsed each time. */
  static final int MAX_CACHED_TEXTS = 10_000;

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
  private final FeelInterpreter interpreter;
  private final EvalContext functions;

  ReusingFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
    interpreter = new FeelInterpreter(feelEngine.valueMapper());
    // Built-in functions first, then the engine's custom ones: the order feel-engine's rootContext gives them.
    functions = EvalContext.create(feelEngine.valueMapper(), new FunctionProvider.CompositeFunctionProvider(
        toScalaList(new BuiltinFunctions(feelEngine.clock(), feelEngine.valueMapper()), feelEngine.functionProvider())));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    CustomContext context = new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    };
    return (T) valueOf(evaluate(parsed, context));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    StaticVariableProvider input = new StaticVariableProvider(
        new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context = new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new CompositeVariableProvider(toScalaList(input, variables));
      }
    };
    // As ScalaFeelEngine: a result that is not a boolean fails the cast, null counts as false.
    return BoxesRunTime.unboxToBoolean(valueOf(evaluate(parsed, context)));
  }

  private ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = cache.get(text);
    if (parsed == null) {
      parsed = valueOf(parser.apply(text));
      if (cache.size() < MAX_CACHED_TEXTS) {
        cache.putIfAbsent(text, parsed);
      }
    }
    return parsed;
  }

  @SuppressWarnings("unchecked")
  private static <V> V valueOf(Either<Failure, ?> result) {
    if (result instanceof Right<?, ?> right) {
      return (V) right.value();
    }
    throw LOGGER.evaluationException(((Failure) ((Left<?, ?>) result).value()).message());
  }

  /**
   * feel-engine 1.19.3's {@code FeelEngine.evaluate} and {@code eval} for an expression already parsed and validated,
   * with the root context's functions kept and its failure collector new (from the empty context, as 1.19.4 does).
   */
  private Either<Failure, Object> evaluate(ParsedExpression parsed, Context context) {
    try {
      EvalContext evalContext = EvalContext.empty(feelEngine.valueMapper()).merge(functions).merge(context);
      Val value = interpreter.eval(parsed.expression(), evalContext);
      String assertion = assertionFailure(evalContext);
      if (assertion != null) {
        return new Left<>(new Failure("Assertion failure on evaluate the expression '" + parsed.text() + "': " + assertion));
      } else if (value instanceof ValError error) {
        return new Left<>(new Failure("failed to evaluate expression '" + parsed.text() + "': " + error.error()));
      } else if (value instanceof ValFatalError error) {
        return new Left<>(new Failure("failed to evaluate expression '" + parsed.text() + "': " + error.error()));
      }
      return new Right<>(feelEngine.valueMapper().unpackVal(value));
    } catch (Throwable e) {
      if (!NonFatal.apply(e)) {
        // feel-engine's scala.util.Try lets these through unchanged (virtual machine errors, interrupts, linkage).
        throw NonFatalOnly.<RuntimeException>rethrow(e);
      }
      return new Left<>(new Failure("failed to evaluate expression '" + parsed.text() + "' : " + e));
    }
  }

  /** Rethrows a throwable unchanged, checked or not, as feel-engine's Scala code would let it pass. */
  private static final class NonFatalOnly {
    @SuppressWarnings("unchecked")
    static <E extends Throwable> E rethrow(Throwable e) throws E {
      throw (E) e;
    }
  }

  private static String assertionFailure(EvalContext context) {
    var failures = context.failureCollector().failures().iterator();
    while (failures.hasNext()) {
      EvaluationFailure failure = failures.next();
      if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
        return failure.failureMessage();
      }
    }
    return null;
  }
}
