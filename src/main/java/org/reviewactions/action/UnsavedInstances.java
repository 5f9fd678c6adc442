package org.reviewactions.action;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Whether a process instance is being started by the engine command now running and not yet written: then the
 * database holds no task of it (a task row needs its instance's row first), and a task query, which reads the
 * database only, would find none. A process start asks for the action's tasks twice (the new task's RAG, the
 * priorities), each a query the engine builds anew; this answers both without going to the database.
 */
final class UnsavedInstances {

  private UnsavedInstances() {}

  static boolean isUnsaved(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || processInstanceId == null) {
      return false;
    }
    ExecutionEntity instance = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
    return instance != null && command.getDbEntityManager().getDbEntityCache().isTransient(instance);
  }
}
