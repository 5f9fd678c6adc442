package org.reviewactions.shared;

/**
 * The process variables a module's processes keep only for their own running: ids, routing, reminder plans,
 * what an e-mail is about. The engine keeps their current value at runtime as always, but no variable history
 * (ACT_HI_VARINST) and no history of changes (ACT_HI_DETAIL): no person submitted them and nothing reads them from
 * history, so that history was most of the database per open action. Each module names its own; the engine's
 * history level asks every module. A name any form submits must never be covered (tests hold this against the forms).
 * Likewise a module names the service tasks of its processes that only work out such variables: their activity
 * instances leave no row in ACT_HI_ACTINST.
 */
public interface ProcessBookkeeping {

  /** Whether the variable of this name leaves no variable history at all. */
  boolean withoutHistory(String variableName);

  /**
   * Whether the variable of this name keeps its value in ACT_HI_VARINST (something reads it from there) but not the
   * record of each change in ACT_HI_DETAIL. Covers at least {@link #withoutHistory}.
   */
  default boolean withoutDetail(String variableName) {
    return withoutHistory(variableName);
  }

  /**
   * Whether the activity instances of this element of the process with this key leave no activity history: a
   * service task that only works out the process's bookkeeping (plans timers, copies routing facts into variables),
   * run for every action, whose effect is in the variables and the plan tables and whose row nothing reads. Never a
   * wait state, a task people work on, an end event or an element whose row the application or a report reads.
   */
  default boolean withoutActivityHistory(String processKey, String elementId) {
    return false;
  }
}
