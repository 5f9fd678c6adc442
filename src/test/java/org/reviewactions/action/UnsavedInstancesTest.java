package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** A process instance counts as unsaved, with no task in the database, only in the command that starts it. */
class UnsavedInstancesTest extends ProcessTestSupport {

  private static final String KEY = "unsaved-instances-test";

  @Autowired RepositoryService repositoryService;

  @Test
  void anInstanceIsUnsavedOnlyInTheCommandThatStartsItAndThenTheDatabaseHasNoTaskOfIt() {
    String deployment = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent()
            .done()).deploy().getId();
    try {
      CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired();
      AtomicReference<String> id = new AtomicReference<>();
      Long tasksSeenInside = commands.execute(context -> {
        id.set(runtimeService.startProcessInstanceByKey(KEY).getId());
        assertThat(UnsavedInstances.isUnsaved(id.get())).isTrue();
        return taskService.createTaskQuery().processInstanceId(id.get()).count();
      });

      assertThat(tasksSeenInside).as("the task query reads the database only").isZero();
      assertThat(UnsavedInstances.isUnsaved(id.get())).as("outside any command").isFalse();
      assertThat((boolean) commands.execute(context -> UnsavedInstances.isUnsaved(id.get()))).as("in a later command").isFalse();
      assertThat(taskService.createTaskQuery().processInstanceId(id.get()).count()).isEqualTo(1);
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }
}
