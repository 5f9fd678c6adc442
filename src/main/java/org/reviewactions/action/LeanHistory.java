package org.reviewactions.action;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmScope;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.reviewactions.shared.ProcessBookkeeping;

/**
 * The engine's full history, less the variable history of what no person submitted and nothing reads from history:
 * the forms' display copies ({@link TaskContext#isDisplayCopy}), the multi-instance counters the engine keeps for
 * itself, and each module's {@link ProcessBookkeeping}. Copies and bookkeeping are written as tasks and timers are
 * planned and most are thrown away when the action moves on; the plan tables hold the facts, so keeping every
 * version of every one in ACT_HI_VARINST and ACT_HI_DETAIL for every action made most of the database. What people
 * decide (the fields they submit), tasks, decisions and the operation log are kept as in full history. The rule is
 * by name, the same for every event of a variable (create, update, delete, migrate), so the engine never updates a
 * history row it did not write.
 *
 * <p>Nor does it keep activity history (ACT_HI_ACTINST) of the elements that only route the flow: exclusive,
 * inclusive and parallel gateways, none start events and none intermediate throw events. They were almost half of
 * an open action's activity rows, and nothing reads them: the application reads no activity history, the process
 * tests read tasks, service tasks and end events, and the process test coverage records every flow node with its
 * own parse listener. Tasks, call activities, sub-processes, timers and other typed events, and end events are kept.
 * The rule is by the element's type, the same for every event of an activity instance (start, update, end,
 * migrate), so here too the engine never updates a row it did not write. The same holds, by element id, for the
 * service tasks each module names as bookkeeping ({@link ProcessBookkeeping#withoutActivityHistory}): run for every
 * action to plan its timers and copy routing facts into variables, they were the largest part of an open action's
 * activity rows that remained.
 *
 * <p>The job log (ACT_HI_JOB_LOG) keeps how each job ended: succeeded (with the node that ran it), failed (with the
 * error) or deleted; not its creation, a row for every timer planned, while the job itself with its creation time is
 * in ACT_RU_JOB until it runs. Job log rows are written once and never updated.
 *
 * <p>Its id is full history's (3), which is what the database records: a database written under "full" starts
 * under this level and back, and tools that ask the engine see full history.
 */
final class LeanHistory extends AbstractHistoryLevel {

  static final String NAME = "full-without-bookkeeping";
  /** The engine's own variables of a multi-instance activity (the recommendation's call activity per action). */
  private static final List<String> MULTI_INSTANCE_COUNTERS =
      List.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  /** Element types whose activity instances leave no row in ACT_HI_ACTINST: they route the flow and do nothing. */
  static final Set<String> ROUTING_ONLY = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
      ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.START_EVENT, ActivityTypes.INTERMEDIATE_EVENT_NONE_THROW);

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
    if (entity == null) {
      return true;
    }
    if (eventType == HistoryEventTypes.JOB_CREATE) {
      return false;
    }
    if (isActivityEvent(eventType)) {
      PvmScope element = activityElement(entity);
      return element == null || !ROUTING_ONLY.contains((String) element.getProperty("type"))
          && !withoutActivityHistory(element);
    }
    if (!isVariableEvent(eventType)) {
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

  /** Whether a module names this element of its process as bookkeeping that leaves no row in ACT_HI_ACTINST. */
  boolean withoutActivityHistory(PvmScope element) {
    String processKey = element.getProcessDefinition() instanceof ProcessDefinition definition
        ? definition.getKey() : null;
    return processKey != null
        && bookkeeping.stream().anyMatch(b -> b.withoutActivityHistory(processKey, element.getId()));
  }

  /**
   * The element an activity event is about, as the engine's producer finds it: the execution's activity or, between
   * activities, its event source. A migration is judged by the instance's source element, under which its row was
   * (or was not) written; the engine migrates an activity only to one of the same type, and a bookkeeping element
   * of a new version is named as in the old.
   */
  private static PvmScope activityElement(Object entity) {
    if (entity instanceof ExecutionEntity execution) {
      return execution.getActivity() != null ? execution.getActivity()
          : execution.getEventSource() instanceof PvmScope source ? source : null;
    }
    return entity instanceof MigratingActivityInstance migrating ? migrating.getSourceScope() : null;
  }

  private static boolean isActivityEvent(HistoryEventType type) {
    return type == HistoryEventTypes.ACTIVITY_INSTANCE_START || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
        || type == HistoryEventTypes.ACTIVITY_INSTANCE_END || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
  }

  private static boolean isVariableEvent(HistoryEventType type) {
    return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
  }
}
