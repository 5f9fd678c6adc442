package org.reviewactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    String diagram = Files.readString(DOCS.resolve("components.puml"));
    for (ApplicationModule module : modules) {
      assertThat(diagram).contains(module.getDisplayName());
      assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
    }
  }
}
