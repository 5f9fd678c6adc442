package org.reviewactions.report;

import java.util.UUID;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.reviewactions.support.PlanFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seed 004 (Kingston, Baby A) imported as a plan manager imports it, for report tests: returns the review's id. */
final class KingstonReport {

  static final String TITLE = "SCR Baby A";

  private KingstonReport() {}

  static Long importPlan(PlanImportService importer, JdbcTemplate jdbc) throws Exception {
    String ref = "KIN-" + UUID.randomUUID().toString().substring(0, 8);
    ImportResult result = importer.importPlan(new ImportCommand(ref, TITLE, "Kingston LSCB", "2006-02-01",
        "kingston-baby-a.csv", PlanFixtures.resource(PlanFixtures.KINGSTON_CSV).getContentAsByteArray(), false, "tester"));
    if (result.outcome() != ImportResult.Outcome.IMPORTED) {
      throw new IllegalStateException("Kingston plan not imported: " + result.errors());
    }
    return jdbc.queryForObject("select id from review where reference = ?", Long.class, ref);
  }
}
