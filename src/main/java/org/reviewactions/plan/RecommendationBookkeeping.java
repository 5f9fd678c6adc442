package org.reviewactions.plan;

import java.util.Set;
import org.reviewactions.plan.RecommendationProcess.Element;
import org.reviewactions.plan.RecommendationProcess.Var;
import org.reviewactions.shared.ProcessBookkeeping;
import org.springframework.stereotype.Component;

/**
 * The recommendation process's variables that only steer it: its ids and the actions it runs, which the plan tables
 * hold, the impact check's timer and the outcome copied from the form's own field for the gateway (the form's fields
 * keep their history). {@link Var#MONITORING_GROUP} shares its name with the action process's, whose value is read
 * from history; the action module's rule for it applies here too. Listing the actions only begins the
 * recommendation in the plan tables and sets these variables, so it leaves no activity history; the call activity
 * after it keeps its own.
 */
@Component
class RecommendationBookkeeping implements ProcessBookkeeping {

  static final Set<String> WITHOUT_HISTORY = Set.of(Var.RECOMMENDATION_ID, Var.ACTION_IDS, Var.IMPACT_CHECK_AT,
      Var.IMPACT_OUTCOME, Var.OVERDUE_TASK_KEY, Var.FURTHER_ACTION_ID);

  @Override
  public boolean withoutHistory(String variableName) {
    return WITHOUT_HISTORY.contains(variableName);
  }

  @Override
  public boolean withoutActivityHistory(String processKey, String elementId) {
    return RecommendationProcess.KEY.equals(processKey) && Element.LIST_ACTIONS.equals(elementId);
  }
}
