package org.reviewactions.action;

import java.util.Map;
import org.reviewactions.shared.TransactionMemo;

/**
 * Which action each process instance runs, remembered for one transaction: the steps of one fired timer (the e-mail,
 * the next reminder, the task priorities, a new task's context) each ask, and each asking was a query. Kept no longer
 * than the transaction, so nothing outlives what the transaction itself saw.
 */
final class ProcessActions {

  private static final Object KEY = new Object();

  private ProcessActions() {}

  /** The map of the current transaction, or null outside one (then nothing is remembered). */
  static Map<String, Long> ofThisTransaction() {
    return TransactionMemo.of(KEY);
  }
}
