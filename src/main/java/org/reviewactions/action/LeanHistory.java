package org.reviewactions.action;

import java.util.List;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.reviewactions.shared.ProcessBookkeeping;

/**
 * The engine's full history, less the variable history of what no person submitted and nothing reads from history:
 * the forms' display copies ({@link TaskContext#isDisplayCopy}), the multi-instance counters the engine keeps for
 * itself, and each module's {@link ProcessBookkeeping}. Copies and bookkeeping are written as tasks and timers are
 * planned and most are thrown away when the action moves on; the plan tables hold the facts, so keeping every
 * version of every one in ACT_HI_VARINST and ACT_HI_DETAIL for every action made most of the database. What people
 * decide (the fields they submit), tasks, activities, decisions and the operation log are kept as in full history.
 *
 * <p>The rule is by name, the same for every event of a variable (create, update, delete, migrate), so the engine
 * never updates a history row it did not write. Its id is full history's (3), which is what the database records:
 * a database written under "full" starts under this level and back, and tools that ask the engine see full history.
 */
final class LeanHistory extends AbstractHistoryLevel {

  static final String NAME = "full-without-bookkeeping";
  /** The engine's own variables of a multi-instance activity (the recommendation's call activity per action). */
  private static final List<String> MULTI_INSTANCE_COUNTERS =
      List.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  private final List<ProcessBookkeeping> bookkeeping;

  LeanHistory(List<ProcessBookkeeping> bookkeeping) {
    this.bookkeeping = List.copyOf(bookkeeping);
  }

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
    if (name == null) {
      return true;
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
      return !withoutDetail(name);
    }
    return !withoutHistory(name);
  }

  /** Whether a variable of this name leaves no row in ACT_HI_VARINST (nor in ACT_HI_DETAIL). */
  boolean withoutHistory(String name) {
    return TaskContext.isDisplayCopy(name) || MULTI_INSTANCE_COUNTERS.contains(name)
        || bookkeeping.stream().anyMatch(b -> b.withoutHistory(name));
  }

  /** Whether a variable of this name leaves no row in ACT_HI_DETAIL. */
  boolean withoutDetail(String name) {
    return withoutHistory(name) || bookkeeping.stream().anyMatch(b -> b.withoutDetail(name));
  }

  private static boolean isVariableEvent(HistoryEventType type) {
    return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
  }
}
