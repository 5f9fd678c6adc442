package org.reviewactions.plan;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.reviewactions.action.ActionVariables;

final class RecommendationVariables {

  private RecommendationVariables() {}

  static Long recommendationId(VariableScope scope) {
    Object value = scope.getVariable(RecommendationProcess.Var.RECOMMENDATION_ID);
    return value == null ? null : value instanceof Number n ? n.longValue() : Long.valueOf(value.toString().strip());
  }

  static String text(VariableScope scope, String name) {
    return ActionVariables.text(scope, name);
  }
}
