package org.reviewactions.action;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Service;

/**
 * Which groups handle an action's lapses: the DMN table {@code processes/escalation-routing.dmn},
 * which a board changes without a release. Without a matching rule, the configured default groups.
 */
@Service
public class EscalationRouting {

  public static final String DECISION_KEY = "escalation-routing";

  private final DecisionService decisions;
  private final GroupsProperties groups;

  EscalationRouting(DecisionService decisions, GroupsProperties groups) {
    this.decisions = decisions;
    this.groups = groups;
  }

  public record Route(String chairGroup, String boardGroup) {}

  public Route route(String agency, String reviewRef) {
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Map.of("agency", agency, "reviewRef", reviewRef)).evaluate().getFirstResult();
    if (result == null) {
      return new Route(groups.monitoring(), groups.board());
    }
    String chair = result.getEntry("chairGroup");
    String board = result.getEntry("boardGroup");
    return new Route(chair == null || chair.isBlank() ? groups.monitoring() : chair,
        board == null || board.isBlank() ? groups.board() : board);
  }
}
