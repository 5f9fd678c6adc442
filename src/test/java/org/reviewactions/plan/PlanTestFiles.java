package org.reviewactions.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads plan fixtures from the test and demo classpath. */
final class PlanTestFiles {

  private PlanTestFiles() {}

  static byte[] bytes(String classpathResource) {
    try (InputStream in = PlanTestFiles.class.getResourceAsStream(classpathResource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + classpathResource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlanSheet readResource(String classpathResource) {
    String name = classpathResource.substring(classpathResource.lastIndexOf('/') + 1);
    return new PlanSheetReader().read(name, bytes(classpathResource));
  }

  static PlanSheet readCsv(String csv) {
    return new PlanSheetReader().read("plan.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  static DraftPlan interpretCsv(String csv) {
    return new PlanInterpreter().interpret(readCsv(csv));
  }
}
