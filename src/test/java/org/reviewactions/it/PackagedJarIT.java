package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.plan.RecommendationProcess;

/**
 * The built jar as an installation runs it: started from an empty folder (no {@code ./config/}),
 * killed while it loads the demo on its first start, then started again in the same folder. One
 * pair of starts serves the tests on the demo, because each start takes half a minute.
 */
class PackagedJarIT {

  private static final Duration START = Duration.ofMinutes(4);
  /** Logged once the first review's plan is committed, before its demo work and the other reviews. */
  private static final String FIRST_REVIEW_LOADED = "Demo review SCR-BABY-A in place";
  private static final String FIRST_REVIEW_IMPORTING = "Demo review SCR-BABY-A:";
  /**
   * The first start is killed when the second review's import begins, seconds after the first review was committed:
   * H2, the embedded default, writes committed data to its file in the background (a write delay of up to a second),
   * so a kill -9 the instant the first review is logged can lose that commit too (whole, never half), and the next
   * start then rightly imports it again. The test is about resuming, not about H2's write delay.
   */
  private static final String SECOND_REVIEW_IMPORTING = "Demo review SCR-INFANT-Y:";
  private static final String DEMO_COMPLETE = "Demo complete";
  /** Evidence decisions (accepted and returned) a clean load makes: DemoLoadResumeTest checks the same figure. */
  private static final long DEMO_VERIFICATIONS = 52;

  @TempDir static Path folder;
  private static final List<RunningJar> started = new ArrayList<>();
  private static String killedOutput;
  private static RunningJar demo;

  @RegisterExtension
  static final TestWatcher LOG_ON_FAILURE = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      started.forEach(jar -> System.out.println("----- output of " + jar.name + " -----\n" + jar.output()));
    }
  };

  @BeforeAll
  static void startKillAndStartAgain() throws Exception {
    assertThat(Files.list(folder)).as("the jar starts from an empty folder").isEmpty();
    RunningJar first = RunningJar.start("first start (killed)", folder, line -> line.contains(SECOND_REVIEW_IMPORTING));
    started.add(first);
    first.awaitExit(START);
    killedOutput = first.output();
    assertThat(Files.exists(folder.resolve("config"))).isFalse();

    demo = RunningJar.start("second start", folder, line -> false);
    started.add(demo);
    demo.await("the end of the demo load", line -> line.contains(DEMO_COMPLETE), START);
  }

  @AfterAll
  static void stopTheJars() throws InterruptedException {
    for (RunningJar jar : started) {
      jar.close();
    }
  }

  @Test
  void aStartKilledWhileLoadingTheDemoIsCompletedByTheNextStart() throws Exception {
    assertThat(killedOutput).as("the first start was killed during the demo load").contains(FIRST_REVIEW_LOADED)
        .doesNotContain(DEMO_COMPLETE);
    assertThat(demo.output()).as("the second start kept the first review's plan").doesNotContain(FIRST_REVIEW_IMPORTING);

    EngineRest admin = new EngineRest(demo.port, "admin", "admin");
    assertThat(admin.count("/history/process-instance/count?processDefinitionKey=" + RecommendationProcess.KEY))
        .as("recommendations of the three reviews, each once").isEqualTo(95);
    assertThat(admin.count("/history/process-instance/count?processDefinitionKey=" + ActionProcess.KEY))
        .as("actions of the three reviews, each once").isEqualTo(134);
    JsonNode actions = admin.read("/history/process-instance?processDefinitionKey=" + ActionProcess.KEY);
    assertThat(StreamSupport.stream(actions.spliterator(), false).map(a -> a.get("businessKey").asText()).distinct())
        .hasSize(134);
    assertThat(admin.count("/history/task/count?finished=true&taskDefinitionKey=" + ActionProcess.Element.VERIFY_EVIDENCE))
        .as("the demo's evidence decisions, each made once").isEqualTo(DEMO_VERIFICATIONS);
    // Confirmed, its process waits for the impact check's date rather than ending.
    assertThat(admin.count("/history/activity-instance/count?finished=true&activityId="
        + RecommendationProcess.Element.RECORD_IMPLEMENTED)).as("the one recommendation the demo confirms").isEqualTo(1);
  }

  @Test
  void aUserWithNoGrantsSeesNothingButThemselves() throws Exception {
    EngineRest admin = new EngineRest(demo.port, "admin", "admin");
    assertThat(admin.count("/task/count")).as("work there is to hide").isPositive();
    assertThat(admin.count("/group/count")).isPositive();
    assertThat(admin.post("/user/create", """
        {"profile": {"id": "plain.user", "firstName": "Plain", "lastName": "User", "email": "plain.user@example.org"},
         "credentials": {"password": "Plain-User-Password-42"}}""").status()).isEqualTo(204);

    EngineRest plain = new EngineRest(demo.port, "plain.user", "Plain-User-Password-42");
    assertThat(plain.read("/task")).isEmpty();
    assertThat(plain.count("/task/count")).isZero();
    assertThat(plain.read("/process-instance")).isEmpty();
    assertThat(plain.read("/history/process-instance")).isEmpty();
    assertThat(plain.read("/history/task")).isEmpty();
    assertThat(plain.read("/group")).isEmpty();
    assertThat(StreamSupport.stream(plain.read("/user").spliterator(), false).map(u -> u.get("id").asText()))
        .containsOnly("plain.user");
    EngineRest.Answer start = plain.post("/process-definition/key/" + RecommendationProcess.KEY + "/start", "{}");
    assertThat(start.status()).as("starting a recommendation: " + start.body()).isEqualTo(403);
  }

  @Test
  void theProductionProfileWithoutItsEnvironmentRefusesToStartAndSaysWhatIsMissing(@TempDir Path empty) throws Exception {
    RunningJar production = RunningJar.start("production start", empty, line -> false, "--spring.profiles.active=production");
    started.add(production);

    assertThat(production.awaitExit(START)).as("exit code").isNotZero();
    assertThat(production.output()).contains("The production profile does not start unsafe")
        .contains("RAT_DB_URL", "RAT_ADMIN_PASSWORD", "RAT_SMTP_HOST", "RAT_PUBLIC_URL").doesNotContain("Tomcat started on port");
  }
}
