package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/** Red, Amber, Green against the configured threshold (14 days). */
class RagTest extends ProcessTestSupport {

  private Action action(String timescale) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "R", "A", timescale, TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  @Test
  void greenAmberRedByDueDate() {
    assertThat(actions.rag(action("by 31/12/2026"))).isEqualTo(Rag.GREEN);
    Action soon = action("by 16/03/2026");
    assertThat(soon.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(actions.rag(soon)).isEqualTo(Rag.AMBER);
    assertThat(actions.rag(action("by 17/03/2026"))).isEqualTo(Rag.GREEN);
    assertThat(actions.rag(action("by 01/03/2026"))).isEqualTo(Rag.RED);
  }
}
