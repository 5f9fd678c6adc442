package org.reviewactions.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailDelivery;
import org.reviewactions.notification.EmailPreferences;
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
 * Loads the embedded demo: the demo people, then the seed reviews' plans with their dates moved to
 * today, then some work done on them so Tasklist shows every stage, then the oversight ({@link DemoOversight}):
 * quarterly indicators and a challenge. Every start with the demo on
 * does whatever {@link DemoSteps} has not recorded yet, so a start killed part-way is completed by
 * the next one, and a complete demo is left as it is.
 */
@Component
class DemoDataLoader {

  static final String PEOPLE = "people";

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoProperties demo;
  private final PlanImportService importer;
  private final RoleDirectory roles;
  private final IdentityService identity;
  private final DemoWork work;
  private final DemoSteps steps;
  private final Clock clock;
  private final EmailPreferences preferences;
  private final DemoOversight oversight;

  DemoDataLoader(DemoProperties demo, PlanImportService importer, RoleDirectory roles, IdentityService identity,
      DemoWork work, DemoOversight oversight, DemoSteps steps, Clock clock, EmailPreferences preferences) {
    this.oversight = oversight;
    this.preferences = preferences;
    this.demo = demo;
    this.importer = importer;
    this.roles = roles;
    this.identity = identity;
    this.work = work;
    this.steps = steps;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() throws IOException {
    if (demo.enabled()) {
      load();
    }
  }

  void load() throws IOException {
    List<CSVRecord> reviews = reviews();
    if (reviews.isEmpty()) {
      return;
    }
    if (!steps.done(PEOPLE) && importer.reviewExists(reviews.get(0).get("reviewRef"))) {
      // Loaded before the steps were recorded: nothing tells what is missing, and redoing work would double it.
      log.info("Demo loaded by an earlier version; left as it is");
      return;
    }
    log.info("Demo: loading what is not there yet (people, {} review action plans, their work, indicators, a challenge)", reviews.size());
    steps.run(PEOPLE, () -> createPeople());
    for (CSVRecord review : reviews) {
      String reviewRef = review.get("reviewRef");
      steps.run("plan " + reviewRef, () -> importReview(review));
      log.info("Demo review {} in place; its demo work next", reviewRef);
      work.progress(reviewRef, steps);
    }
    // After every plan's work (new steps go last, so an earlier demo's database gets them on its next start).
    oversight.progress(steps);
    log.info("Demo complete");
  }

  private void createPeople() {
    try {
      List<DemoPeople.DemoPerson> people = DemoPeople.load();
      // Before any plan: the demo's lapsed actions reach each person in one digest, not an e-mail apiece.
      people.forEach(p -> preferences.chooseIfUnset(p.userId(), EmailDelivery.DIGEST));
      DemoPeople.create(people, identity, roles, demo.password());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void importReview(CSVRecord review) {
    int years = LocalDate.now(clock).getYear() - LocalDate.parse(review.get("published")).getYear();
    String plan;
    try {
      plan = new String(new ClassPathResource("demo/plans/" + review.get("file")).getContentAsByteArray(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String moved = DemoPlans.moveDates(plan, years);
    ImportResult result = importer.importPlan(new ImportCommand(review.get("reviewRef"), review.get("title"),
        review.get("board"), LocalDate.parse(review.get("published")).plusYears(years).toString(), review.get("file"),
        moved.getBytes(StandardCharsets.UTF_8), false, "admin"));
    if (result.outcome() != ImportResult.Outcome.IMPORTED) {
      throw new IllegalStateException("Demo plan " + review.get("file") + " did not import: " + result.errors());
    }
    log.info("Demo review {}: {} recommendations, {} actions", result.reviewRef(), result.recommendationCount(),
        result.actionCount());
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
