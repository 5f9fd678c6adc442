package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** rat.groups.* decides who verifies, decides on more time and on lapses, and challenges: no group is written in the table. */
@TestPropertySource(properties = {"rat.groups.monitoring=health-chairs", "rat.groups.board=health-board"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConfiguredGroupsRoutingTest extends ProcessTestSupport {

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private ProcessInstance started(String timescale) {
    return processOf(importedWithOwner(NOW, timescale));
  }

  private List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    return taskService.getIdentityLinksForTask(openTask(pi.getId(), taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).toList();
  }

  @Test
  void evidenceAndRequestsForMoreTimeGoToTheConfiguredChairGroup() {
    ProcessInstance evidence = started("by 30/04/2026");
    completeAs(TestPeople.OWNER, openTask(evidence.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    assertThat(candidateGroups(evidence, Element.VERIFY_EVIDENCE)).containsExactly("health-chairs");

    ProcessInstance extension = started("by 30/04/2026");
    completeAs(TestPeople.OWNER, openTask(extension.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
    assertThat(candidateGroups(extension, Element.DECIDE_EXTENSION)).containsExactly("health-chairs");
  }

  @Test
  void aLapseGoesToTheConfiguredChairGroupAndThenToTheConfiguredBoard() {
    ProcessInstance pi = started("by January 2026");
    executeJobs(pi.getId());
    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION, Element.DECIDE_LAPSED_ACTION);
    assertThat(candidateGroups(pi, Element.DECIDE_LAPSED_ACTION)).containsExactly("health-chairs");

    runUntil(pi.getId(), Instant.parse("2026-03-16T09:00:01Z"));
    assertThat(pi).isWaitingAt(Element.BOARD_CHALLENGE);
    assertThat(candidateGroups(pi, Element.BOARD_CHALLENGE)).containsExactly("health-board");
  }
}
