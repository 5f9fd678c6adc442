package org.reviewactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules form no cycle, use only each other's base-package API and only the modules their
 * {@code package-info.java} allows: the build fails the day someone adds an arrow back up. Also writes
 * the module diagrams into {@code docs/modules/}, which the README links.
 */
class ModuleStructureTest {

  private static final Path DOCS = Path.of("docs", "modules");

  private final ApplicationModules modules = ApplicationModules.of(ReviewActionTrackerApplication.class);

  @Test
  void modulesHaveNoCyclesAndUseOnlyTheApiOfModulesTheyAllow() {
    modules.verify();
  }

  @Test
  void theGeneratedDiagramShowsEveryModule() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    sortElementLines(DOCS);

    String diagram = Files.readString(DOCS.resolve("components.puml"));
    for (ApplicationModule module : modules) {
      assertThat(diagram).contains(module.getDisplayName());
      assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
    }
  }

  /**
   * The documenter lists components and relations in hash order, which changes from run to run; sorting
   * each run of {@code Component(} or {@code Rel(} lines keeps the committed diagrams unchanged by a build
   * that changes no dependency (the order of these lines does not change what PlantUML draws).
   */
  private static void sortElementLines(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : Files.readAllLines(file)) {
          String kind = line.startsWith("  Component(") ? "component" : line.startsWith("Rel(") ? "rel" : null;
          if (kind == null || !kind.equals(runKind)) {
            sorted.addAll(run.stream().sorted().toList());
            run.clear();
          }
          runKind = kind;
          if (kind == null) {
            sorted.add(line);
          } else {
            run.add(line);
          }
        }
        sorted.addAll(run.stream().sorted().toList());
        Files.write(file, sorted);
      }
    }
  }
}
