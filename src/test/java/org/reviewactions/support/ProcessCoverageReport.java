package org.reviewactions.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When a test run ends, merges the per-test-class process coverage reports written during this run
 * ({@code target/process-test-coverage/<test class>/report.json}) into {@code target/process-test-coverage/all/}:
 * {@code report.html} and {@code report.json} (the library's own formats) and {@code summary.md}, which counts
 * per diagram the flow nodes and sequence flows run by at least one test and lists those none ran.
 *
 * <p>An element counts as covered as the library counts it: it started (a user task waiting counts) or, for a
 * sequence flow, was taken. Totals are the library's: the process's flow nodes (sub-processes and their contents
 * included) and the sequence flows leaving them. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class ProcessCoverageReport implements LauncherSessionListener {

  static final Path REPORTS = Path.of("target", "process-test-coverage");
  static final Path AGGREGATE = REPORTS.resolve("all");
  /** Where a run of integration tests alone (failsafe's, after surefire's) merges, so it leaves "all" standing. */
  static final Path INTEGRATION = REPORTS.resolve("integration");

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write() throws IOException {
    if (!Files.isDirectory(REPORTS)) {
      return;
    }
    // Only reports this JVM wrote: a -Dtest=... run must not count classes run earlier.
    long since = ManagementFactory.getRuntimeMXBean().getStartTime();
    List<Path> reports;
    try (Stream<Path> dirs = Files.list(REPORTS)) {
      reports = dirs.filter(dir -> !dir.equals(AGGREGATE) && !dir.equals(INTEGRATION))
          .map(dir -> dir.resolve("report.json"))
          .filter(Files::isRegularFile)
          .filter(file -> file.toFile().lastModified() >= since)
          .sorted()
          .toList();
    }
    if (reports.isEmpty()) {
      return;
    }
    Path target = reports.stream().allMatch(report -> report.getParent().getFileName().toString().endsWith("IT"))
        ? INTEGRATION : AGGREGATE;
    String merged = null;
    for (Path report : reports) {
      String json = Files.readString(report, StandardCharsets.UTF_8);
      merged = merged == null ? json : CoverageStateJsonExporter.combineCoverageStateResults(merged, json);
    }
    CoverageReportUtil.writeReport(merged, false, target.toFile(), "report.json", result -> result);
    CoverageReportUtil.writeReport(merged, true, target.toFile(), "report.html", CoverageReportUtil::generateHtml);
    String summary = summary(CoverageStateJsonExporter.INSTANCE.readCoverageStateResult(merged), reports.size());
    Files.writeString(target.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    System.out.println("Process test coverage (" + target.resolve("report.html") + "):\n" + summary);
  }

  static String summary(CoverageStateResult result, int testClasses) {
    StringBuilder table = new StringBuilder();
    StringBuilder missing = new StringBuilder();
    table.append("Test classes with coverage: ").append(testClasses).append("\n\n")
        .append("| diagram | flow nodes | sequence flows | all elements |\n|---|---|---|---|\n");
    List<Model> models = new ArrayList<>(result.getModels());
    // Only the application's diagrams (file name = process id): a test's own throw-away models are not the product.
    models.removeIf(model -> !Files.isRegularFile(Path.of("processes", model.getKey() + ".bpmn")));
    models.sort((a, b) -> a.getKey().compareTo(b.getKey()));
    for (Model model : models) {
      BpmnModelInstance bpmn = Bpmn.readModelFromStream(
          new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
      Set<String> nodes = bpmn.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> inProcess(node, model.getKey()))
          .map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
      Set<String> flows = bpmn.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> nodes.contains(flow.getSource().getId()))
          .map(SequenceFlow::getId).collect(Collectors.toCollection(TreeSet::new));
      Collection<Event> events = result.getEvents(model.getKey());
      Set<String> coveredNodes = covered(events, EventSource.FLOW_NODE, nodes);
      Set<String> coveredFlows = covered(events, EventSource.SEQUENCE_FLOW, flows);
      table.append("| ").append(model.getKey())
          .append(" | ").append(ratio(coveredNodes.size(), nodes.size()))
          .append(" | ").append(ratio(coveredFlows.size(), flows.size()))
          .append(" | ").append(ratio(coveredNodes.size() + coveredFlows.size(), nodes.size() + flows.size()))
          .append(" |\n");
      uncovered(missing, model.getKey(), "flow node", bpmn, nodes, coveredNodes);
      uncovered(missing, model.getKey(), "sequence flow", bpmn, flows, coveredFlows);
    }
    return table + "\nNot covered:\n\n" + (missing.isEmpty() ? "(nothing)\n" : missing.toString());
  }

  private static Set<String> covered(Collection<Event> events, EventSource source, Set<String> ids) {
    return events.stream().filter(event -> event.getSource() == source)
        .map(Event::getDefinitionKey).filter(ids::contains).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void uncovered(StringBuilder out, String key, String kind, BpmnModelInstance bpmn,
      Set<String> all, Set<String> covered) {
    for (String id : all) {
      if (!covered.contains(id)) {
        ModelElementInstance element = bpmn.getModelElementById(id);
        String name = element.getAttributeValue("name");
        out.append("- ").append(key).append(": ").append(kind).append(" `").append(id).append('`');
        if (name != null && !name.isBlank()) {
          out.append(" (").append(name.replaceAll("\\s+", " ")).append(')');
        }
        out.append('\n');
      }
    }
  }

  private static boolean inProcess(ModelElementInstance element, String processId) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process.isExecutable() && process.getId().equals(processId);
      }
    }
    return false;
  }

  private static String ratio(int covered, int total) {
    return covered + "/" + total + String.format(java.util.Locale.ROOT, " (%.1f%%)", total == 0 ? 100.0 : 100.0 * covered / total);
  }
}
