package org.reviewactions.plan;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts a process whose rows are written suspended in the first place, for a background import
 * ({@link BackgroundImports}): as if {@code updateProcessInstanceSuspensionState().suspend()} had run on the instance
 * and every instance it called, but without writing each row a second time. The start and the suspension are one
 * engine command: the engine inserts what a command created only when the command ends, so the executions, tasks and
 * jobs of the new instances, and their historic process instances, are still in the command's cache when the start
 * returns, and are marked suspended there (the same states the engine's own suspension sets). Each row is then
 * written twice in all (inserted suspended, updated by the activation once the plan is whole) instead of three
 * times, so a table holds two versions of each imported row until it is vacuumed, not three (docs/benchmarks.md).
 */
@Component
class SuspendedStarts {

  private final ProcessEngineConfigurationImpl engine;

  SuspendedStarts(ProcessEngine processEngine) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /** Starts the process like {@code RuntimeService#startProcessInstanceByKey}, suspended with all it called. */
  ProcessInstance start(String key, String businessKey, Map<String, Object> variables) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      // Runs in this command's context (the engine reuses it), so nothing of it is written yet when it returns.
      ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey(key, businessKey, variables);
      suspendUnwritten(context, started.getId());
      return started;
    });
  }

  private static void suspendUnwritten(CommandContext context, String root) {
    DbEntityManager cache = context.getDbEntityManager();
    int suspended = SuspensionState.SUSPENDED.getStateCode();
    Set<String> instances = new HashSet<>();
    for (ExecutionEntity execution : cache.getCachedEntitiesByType(ExecutionEntity.class)) {
      if (root.equals(execution.getRootProcessInstanceId()) || root.equals(execution.getProcessInstanceId())) {
        execution.setSuspensionState(suspended);
        instances.add(execution.getProcessInstanceId());
      }
    }
    for (TaskEntity task : cache.getCachedEntitiesByType(TaskEntity.class)) {
      if (instances.contains(task.getProcessInstanceId())) {
        task.setSuspensionState(suspended);
      }
    }
    // Asked for by their cache key: the engine's lookup by JobEntity compares the cache's wrappers, not the jobs.
    for (AcquirableJobEntity cached : cache.getCachedEntitiesByType(AcquirableJobEntity.class)) {
      if (cached instanceof JobEntity job && instances.contains(job.getProcessInstanceId())) {
        job.setSuspensionState(suspended);
      }
    }
    for (HistoricProcessInstanceEventEntity historic : cache.getCachedEntitiesByType(
        HistoricProcessInstanceEventEntity.class)) {
      if (instances.contains(historic.getProcessInstanceId())) {
        historic.setState(HistoricProcessInstance.STATE_SUSPENDED);
      }
    }
  }
}
