package org.reviewactions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.junit.jupiter.api.Test;

class ProcessCoverageReportTest {

  @Test
  void summaryCountsOnlyTheElementsTheTestsRanAndListsTheRestByIdAndName() throws IOException {
    String xml;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/notification.bpmn")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Run run = new Run("sendsTheEmail", "sendsTheEmail");
    run.addEvent(event(EventSource.FLOW_NODE, EventType.START, "StartEvent_NotificationRequested", "notification"));
    run.addEvent(event(EventSource.SEQUENCE_FLOW, EventType.TAKE, "Flow_NotificationRequested", "notification"));
    run.addEvent(event(EventSource.FLOW_NODE, EventType.START, "Task_SendNotification", "notification"));
    // The same id in another diagram does not cover this one's element.
    run.addEvent(event(EventSource.FLOW_NODE, EventType.START, "EndEvent_NotificationSent", "action"));
    Suite suite = new Suite("SomeTest", "SomeTest");
    suite.addRun(run);

    String summary = ProcessCoverageReport.summary(
        new CoverageStateResult(List.of(suite), List.of(new Model("notification", 5, null, xml))), 1);

    assertThat(summary)
        .contains("| notification | 2/3 (66.7%) | 1/2 (50.0%) | 3/5 (60.0%) |")
        .contains("- notification: flow node `EndEvent_NotificationSent` (E-mail sent)")
        .contains("- notification: sequence flow `Flow_NotificationSent`")
        .doesNotContain("`Task_SendNotification`")
        .doesNotContain("`Flow_NotificationRequested`");
  }

  private static Event event(EventSource source, EventType type, String id, String modelKey) {
    return new Event(source, type, id, "element", modelKey, 0L);
  }
}
