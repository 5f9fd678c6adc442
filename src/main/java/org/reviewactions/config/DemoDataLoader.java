package org.reviewactions.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the embedded demo on first start: the demo people, then the seed reviews' plans with their
 * dates moved to today, then some work done on them so Tasklist shows every stage.
 */
@Component
class DemoDataLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoProperties demo;
  private final PlanImportService importer;
  private final RoleDirectory roles;
  private final IdentityService identity;
  private final DemoWork work;
  private final Clock clock;

  DemoDataLoader(DemoProperties demo, PlanImportService importer, RoleDirectory roles, IdentityService identity,
      DemoWork work, Clock clock) {
    this.demo = demo;
    this.importer = importer;
    this.roles = roles;
    this.identity = identity;
    this.work = work;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() throws IOException {
    if (!demo.enabled()) {
      return;
    }
    List<CSVRecord> reviews = reviews();
    if (reviews.isEmpty() || importer.reviewExists(reviews.get(0).get("reviewRef"))) {
      return;
    }
    log.info("First start of the demo: loading demo users and {} review action plans", reviews.size());
    DemoPeople.create(DemoPeople.load(), identity, roles, demo.password());
    for (CSVRecord review : reviews) {
      int years = LocalDate.now(clock).getYear() - LocalDate.parse(review.get("published")).getYear();
      String plan = new String(new ClassPathResource("demo/plans/" + review.get("file")).getContentAsByteArray(),
          StandardCharsets.UTF_8);
      String moved = DemoPlans.shiftYears(plan, years);
      ImportResult result = importer.importPlan(new ImportCommand(review.get("reviewRef"), review.get("title"),
          review.get("board"), LocalDate.parse(review.get("published")).plusYears(years).toString(), review.get("file"),
          moved.getBytes(StandardCharsets.UTF_8), false, "admin"));
      if (result.outcome() != ImportResult.Outcome.IMPORTED) {
        throw new IllegalStateException("Demo plan " + review.get("file") + " did not import: " + result.errors());
      }
      log.info("Demo review {}: {} recommendations, {} actions", result.reviewRef(), result.recommendationCount(),
          result.actionCount());
      work.progress(review.get("reviewRef"));
    }
  }

  private static List<CSVRecord> reviews() throws IOException {
    try (Reader in = new InputStreamReader(new ClassPathResource("demo/reviews.csv").getInputStream(), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get().parse(in)
          .getRecords();
    }
  }

  static boolean saysCompleted(String status) {
    return status != null && status.toLowerCase(Locale.ROOT).startsWith("complete");
  }
}
