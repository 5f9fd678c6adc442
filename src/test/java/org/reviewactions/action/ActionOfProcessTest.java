package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The steps of one job find the action their process runs; what one transaction remembers never misleads. */
class ActionOfProcessTest extends ProcessTestSupport {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aProcessMovedOffItsActionWithinTheTransactionNoLongerFindsIt() {
    Action imported = importedWithOwner(NOW, "by March 2027");
    String processInstanceId = imported.getProcessInstanceId();

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      Action found = actions.ofProcess(processInstanceId);
      assertThat(found.getId()).isEqualTo(imported.getId());
      assertThat(actions.ofProcess(processInstanceId)).isSameAs(found);

      found.setProcessInstanceId("another-process");
      assertThatThrownBy(() -> actions.ofProcess(processInstanceId)).isInstanceOf(IllegalStateException.class);
      assertThat(actions.ofProcess("another-process")).isSameAs(found);
      status.setRollbackOnly();
    });

    assertThat(actions.ofProcess(processInstanceId).getId()).isEqualTo(imported.getId());
  }

  @Test
  void twoProcessesInOneTransactionFindTheirOwnActions() {
    Action first = importedWithOwner(NOW, "by March 2027");
    Action second = importedWithOwner(NOW, "by April 2027");

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      for (int round = 0; round < 2; round++) {
        assertThat(actions.ofProcess(first.getProcessInstanceId()).getId()).isEqualTo(first.getId());
        assertThat(actions.ofProcess(second.getProcessInstanceId()).getId()).isEqualTo(second.getId());
      }
    });
  }
}
