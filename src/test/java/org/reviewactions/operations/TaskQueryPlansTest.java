package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.junit.jupiter.api.Test;

/** Which commands {@link TaskQueryPlans} has planned for their values: Tasklist's reads of tasks, and only they. */
class TaskQueryPlansTest {

  @Test
  void taskQueriesAndFilterListsAndCountsAreTaskReads() {
    assertThat(TaskQueryPlans.readsTasks(new TaskQueryImpl())).isTrue();
    assertThat(TaskQueryPlans.readsTasks(new ExecuteFilterCountCmd("filter"))).isTrue();
    assertThat(TaskQueryPlans.readsTasks(new ExecuteFilterListPageCmd("filter", 0, 15))).isTrue();
  }

  @Test
  void otherQueriesAndCommandsAreNot() {
    assertThat(TaskQueryPlans.readsTasks(new ProcessDefinitionQueryImpl())).isFalse();
    assertThat(TaskQueryPlans.readsTasks(new GetTaskFormVariablesCmd("task", null, true))).isFalse();
  }
}
