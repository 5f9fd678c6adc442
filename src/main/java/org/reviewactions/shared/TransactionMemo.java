package org.reviewactions.shared;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map remembered for the current transaction only, under a key of the caller's: what one transaction has looked
 * up or written itself, so that it does not ask the database again (the steps of one process start each asked).
 * Kept no longer than the transaction, so nothing outlives what the transaction itself saw.
 */
public final class TransactionMemo {

  private TransactionMemo() {}

  /** The map of the current transaction under {@code key}, or null outside one (then nothing is remembered). */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> of(Object key) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
    if (known == null) {
      known = new HashMap<>();
      TransactionSynchronizationManager.bindResource(key, known);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return known;
  }
}
