package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.TaskDigests;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The demo's first start, full of lapsed actions, reaches each demo person in one digest, not dozens of e-mails. */
@TestPropertySource(properties = "rat.demo.enabled=true")
class DemoDigestTest extends ProcessTestSupport {

  private static final List<String> LEFT_TO_THE_DIGEST =
      List.of("assignment", "overdue", "escalation-chair", "escalation-board", "task-waiting", "action-complete",
          "evidence-rejected");

  @Autowired TaskDigests digests;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theFirstStartAsksForNoPerTaskEmailToDemoPeopleAndSendsEachAtMostOneDigest() throws Exception {
    List<String> demoPeople = DemoPeople.load().stream().map(DemoPeople.DemoPerson::userId).toList();

    // Every e-mail the demo's load asked for, whether sent yet or not.
    Map<String, String> kindOfRequest = historyService.createHistoricVariableInstanceQuery()
        .variableName(NotificationProcess.Var.KIND).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> String.valueOf(v.getValue())));
    Map<String, Long> perTaskMailsPerPerson = historyService.createHistoricVariableInstanceQuery()
        .variableName(NotificationProcess.Var.RECIPIENT).list().stream()
        .filter(v -> LEFT_TO_THE_DIGEST.contains(kindOfRequest.get(v.getProcessInstanceId())))
        .collect(Collectors.groupingBy(v -> String.valueOf(v.getValue()), Collectors.counting()));
    // The load does what would e-mail people one by one: it completes actions, returns evidence, leaves tasks waiting.
    assertThat(jdbc.queryForObject("select count(*) from plan_action where status = 'COMPLETE'", Long.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from action_history where kind = 'EVIDENCE_REJECTED'", Long.class)).isPositive();
    assertThat(taskService.createTaskQuery().count()).isPositive();
    assertThat(perTaskMailsPerPerson.keySet()).doesNotContainAnyElementsOf(demoPeople);

    int first = digests.send(PinnedClock.TODAY.plusDays(1)).sent();
    int again = digests.send(PinnedClock.TODAY.plusDays(1)).sent();

    Map<String, Long> perPerson = jdbc.queryForList(
        "select recipient, count(*) as n from notification where kind = 'digest' group by recipient").stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.get("RECIPIENT")), r -> ((Number) r.get("N")).longValue()));
    assertThat(first).isPositive().isLessThanOrEqualTo(demoPeople.size());
    assertThat(again).isZero();
    assertThat(perPerson.values()).allMatch(n -> n == 1);
    assertThat(perPerson).hasSize(first).containsEntry("chris.morgan@example.org", 1L)
        // Oxfordshire's Children's Social Care, whose demo actions the demo completes, hears of them in the digest.
        .containsEntry("ben.carter@example.org", 1L);
  }
}
