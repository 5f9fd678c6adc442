package org.reviewactions.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reviewactions.plan.ImportCommand;

/** Builds small action plans as CSV for tests, one row per action. */
public final class TestPlan {

  public static final String HEADER = "Rec No,Recommendation,Action,Timescale,Responsible,Agency";

  private final String reviewRef = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> rows = new ArrayList<>();
  private String published = "2026-01-15";

  public static TestPlan plan() {
    return new TestPlan();
  }

  public TestPlan published(String isoDate) {
    this.published = isoDate;
    return this;
  }

  public TestPlan action(String recNo, String recommendation, String action, String timescale, String responsible,
      String agency) {
    rows.add(String.join(",", quote(recNo), quote(recommendation), quote(action), quote(timescale), quote(responsible),
        quote(agency)));
    return this;
  }

  public String reviewRef() {
    return reviewRef;
  }

  public byte[] csv() {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  public ImportCommand command(boolean dryRun) {
    return new ImportCommand(reviewRef, "SCR Test " + reviewRef, "Test LSCB", published, "plan.csv", csv(), dryRun, "tester");
  }

  private static String quote(String cell) {
    return cell == null ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
