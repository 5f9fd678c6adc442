package org.reviewactions.action;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which action each process instance runs, remembered for one transaction: the steps of one fired timer (the e-mail,
 * the next reminder, the task priorities, a new task's context) each ask, and each asking was a query. Kept no longer
 * than the transaction, so nothing outlives what the transaction itself saw.
 */
final class ProcessActions {

  private static final Object KEY = new Object();

  private ProcessActions() {}

  /** The map of the current transaction, or null outside one (then nothing is remembered). */
  @SuppressWarnings("unchecked")
  static Map<String, Long> ofThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Long> known = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
    if (known == null) {
      known = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEY, known);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
      });
    }
    return known;
  }
}
