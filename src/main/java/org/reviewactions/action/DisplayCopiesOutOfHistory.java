package org.reviewactions.action;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The engine's full history, less the variable history of the forms' display copies ({@link TaskContext#isDisplayCopy}).
 * A copy is written when a task is created and thrown away when it ends; the plan tables hold the facts it shows,
 * so keeping every copy of every field in ACT_HI_VARINST and ACT_HI_DETAIL for every task made most of the
 * database. What people decide (the fields they submit), the process's own variables, tasks, activities,
 * decisions and the operation log are kept as in full history.
 *
 * <p>Its id is full history's (3), which is what the database records: a database written under "full" starts
 * under this level and back, and tools that ask the engine for its level see full history.
 */
final class DisplayCopiesOutOfHistory extends AbstractHistoryLevel {

  static final String NAME = "full-without-display-copies";

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity == null || !isVariableEvent(eventType)) {
      return true;
    }
    String name = entity instanceof VariableInstance variable ? variable.getName()
        : entity instanceof HistoricVariableUpdateEventEntity update ? update.getVariableName() : null;
    return name == null || !TaskContext.isDisplayCopy(name);
  }

  private static boolean isVariableEvent(HistoryEventType type) {
    return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
  }
}
