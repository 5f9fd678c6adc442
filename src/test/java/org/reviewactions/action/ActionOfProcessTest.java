package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Recommendations;
import org.reviewactions.shared.NotFoundException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The steps of one job find the action their process runs; what one transaction remembers never misleads. */
class ActionOfProcessTest extends ProcessTestSupport {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Autowired PlatformTransactionManager transactions;
  @Autowired EntityManagerFactory entityManagers;
  @Autowired Recommendations recommendationsOfActions;

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

  @Test
  void theStepsAfterAStartFindTheActionWithoutAQuery() {
    Action imported = importedWithOwner(NOW, "by March 2027");
    String processInstanceId = imported.getProcessInstanceId();
    inRolledBackTransaction(statistics -> {
      // The start of an action's process names its instance; the steps after it in the same transaction ask.
      actions.start(imported.getId(), processInstanceId);
      statistics.clear();
      assertThat(actions.ofProcess(processInstanceId).getId()).isEqualTo(imported.getId());
      assertThat(statistics.getQueryExecutionCount()).as("queries to find the action").isZero();
    });
  }

  @Test
  void aRecommendationReadInTheTransactionComesWithoutAQuery() {
    Action imported = importedWithOwner(NOW, "by March 2027");
    inRolledBackTransaction(statistics -> {
      Recommendation first = actions.recommendationOf(actions.get(imported.getId()));
      statistics.clear();
      Recommendation again = actions.recommendationOf(actions.get(imported.getId()));
      assertThat(again).isSameAs(first);
      assertThat(again.getReview().getReference()).isEqualTo(first.getReview().getReference());
      assertThat(statistics.getPrepareStatementCount()).as("statements to read it again").isZero();
    });
    assertThatThrownBy(() -> recommendationsOfActions.get(-1L)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> recommendationsOfActions.get(null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theLastStatesRecalledTogetherDecideTheNotesAsEachOwnQueryDid() {
    Action imported = importedWithOwner(NOW, "by March 2027");
    Long id = imported.getId();
    int kept = actions.stateChanges(List.of(id)).size();
    inRolledBackTransaction(statistics -> {
      actions.recallLastStates(List.of(id));
      statistics.clear();
      actions.addHistory(id, null, HistoryKind.STARTED, "Nothing changed.");
      assertThat(statistics.getQueryExecutionCount()).as("queries for the last state").isZero();
      assertThat(actions.stateChanges(List.of(id))).as("the same status and due date are not kept again").hasSize(kept);
      actions.setStatus(id, ActionStatus.AWAITING_OWNER);
      assertThat(actions.stateChanges(List.of(id))).hasSize(kept + 1);
    });
  }

  @Test
  void eachNoteIsComparedWithTheLatestKeptStateNotAnEarlierOne() {
    Action imported = importedWithOwner(NOW, "by March 2027");
    Long id = imported.getId();
    int kept = actions.stateChanges(List.of(id)).size();
    // Each in a transaction of its own, so the state is read back from the table, not remembered; the clock is
    // pinned, so the kept states share one moment and only their order of keeping tells which is the latest.
    actions.setStatus(id, ActionStatus.LAPSED);
    actions.setStatus(id, ActionStatus.ESCALATED);
    assertThat(actions.stateChanges(List.of(id))).hasSize(kept + 2);

    actions.setStatus(id, ActionStatus.LAPSED);
    assertThat(actions.stateChanges(List.of(id))).as("back to an earlier status, which is not the latest")
        .hasSize(kept + 3);
    actions.addHistory(id, null, HistoryKind.STARTED, "Nothing changed.");
    assertThat(actions.stateChanges(List.of(id))).as("the latest kept state again, not kept twice").hasSize(kept + 3);
    assertThat(actions.stateChanges(List.of(id))).last().extracting(ActionStateChange::getStatus)
        .isEqualTo(ActionStatus.LAPSED.name());
  }

  private void inRolledBackTransaction(java.util.function.Consumer<Statistics> work) {
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    boolean wasEnabled = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    try {
      new TransactionTemplate(transactions).executeWithoutResult(status -> {
        work.accept(statistics);
        status.setRollbackOnly();
      });
    } finally {
      statistics.setStatisticsEnabled(wasEnabled);
    }
  }
}
