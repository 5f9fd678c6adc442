package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The routing table as deployed: its rules and its default. */
class EscalationRoutingTest extends ProcessTestSupport {

  @Autowired EscalationRouting routing;

  @Test
  void everyAgencyDefaultsToTheSubGroupChairsAndTheBoard() {
    assertThat(routing.route("Kingston Hospital", "SCR-BABY-A"))
        .isEqualTo(new EscalationRouting.Route("subgroup-chairs", "board"));
    assertThat(routing.route("OSCB", "SCR-INFANT-Y")).isEqualTo(new EscalationRouting.Route("subgroup-chairs", "board"));
    assertThat(engine.getDecisionService().evaluateDecisionByKey(EscalationRouting.DECISION_KEY)
        .variables(Map.of("agency", "Anything", "reviewRef", "X")).evaluate().getResultList()).hasSize(1);
  }
}
