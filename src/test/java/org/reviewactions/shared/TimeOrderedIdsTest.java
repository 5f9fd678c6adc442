package org.reviewactions.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.support.ProcessTestSupport;

/** The engine's ids sort in the order they are made, so its indexes grow at their right-hand edge. */
class TimeOrderedIdsTest extends ProcessTestSupport {

  @Test
  void idsMadeOneAfterAnotherSortInThatOrderAndNeverRepeat() {
    TimeOrderedIds ids = new TimeOrderedIds();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      made.add(ids.getNextId());
    }
    assertThat(made).isSorted().doesNotHaveDuplicates();
    assertThat(new HashSet<>(made)).hasSize(made.size());
    assertThat(made.get(0)).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void theEngineWritesItsRowsUnderThem() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getIdGenerator())
        .isInstanceOf(TimeOrderedIds.class);
    Action first = importedWithOwner(Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    Action second = importedWithOwner(Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");

    assertThat(second.getProcessInstanceId()).isGreaterThan(first.getProcessInstanceId());
    assertThat(taskService.createTaskQuery().processInstanceId(second.getProcessInstanceId()).singleResult().getId())
        .isGreaterThan(taskService.createTaskQuery().processInstanceId(first.getProcessInstanceId()).singleResult().getId());
  }
}
