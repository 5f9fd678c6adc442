package org.reviewactions.plan;

import java.util.List;

/**
 * An uploaded plan grouped into recommendations and actions, with every problem found while reading
 * and grouping it. Import only when {@code errors} is empty.
 */
public record DraftPlan(List<DraftRecommendation> recommendations, List<ImportError> errors) {

  public DraftPlan {
    recommendations = List.copyOf(recommendations);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** All actions of all recommendations, in file order. */
  public List<DraftAction> actions() {
    return recommendations.stream().flatMap(r -> r.actions().stream()).toList();
  }
}
