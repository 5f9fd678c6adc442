package org.reviewactions.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.evidence.EvidenceService;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.InvitationService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.security.TestAdministrator;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * WCAG 2.2 AA on the application's own pages, checked by axe-core (from npm, src/test/axe) inside headless Chromium:
 * each page is opened as the person who uses it, in the state a person sees (an error summary, a list of files),
 * axe runs with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and no violation of serious or critical impact may remain.
 * Every page's full-length screenshot goes to {@code target/screenshots/<name>.png} and every violation found, of
 * any impact, to {@code target/screenshots/axe-report.txt}, for a person to look at.
 *
 * <p>A new page joins the check with one line in {@link #pages}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = PinnedClock.class)
class AccessibilityBrowserIT {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final Path AXE = Paths.get("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
  static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
  static final Set<String> NOT_ALLOWED = Set.of("serious", "critical");
  /** Runs axe on the whole document and hands back each violation with the elements it found it on. */
  private static final String RUN_AXE = """
      var tags = arguments[0], done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
        .then(function (results) {
          done({passes: results.passes.length, violations: results.violations.map(function (v) {
            return {id: v.id, impact: v.impact || 'unknown', help: v.help,
                    nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
          })});
        })
        .catch(function (e) { done('axe failed: ' + e); });
      """;

  /**
   * A page to check: its name (the screenshot's), who looks at it (null: nobody signed in), its address, and what
   * the person does there first, if anything (send a form to see its errors).
   */
  record NamedPage(String name, String user, String path, Consumer<TasklistBrowser> then) {
    NamedPage(String name, String user, String path) {
      this(name, user, path, browser -> { });
    }
  }

  /** One rule broken on one page. */
  record Violation(String page, String id, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return page + ": " + id + " (" + impact + ") " + help + " at " + nodes;
    }
  }

  /**
   * What the pages are shown with: a real action and its open task, files, another agency's action, an invitation,
   * and the agency (whose role has a holder) that plans previewed on the import page name.
   */
  record Fixtures(long action, String task, long waitingFile, long othersAction, String invitationToken, String agency,
      long review) {}

  @LocalServerPort int port;
  @Autowired PlanImportService importer;
  @Autowired RecommendationService recommendations;
  @Autowired ActionService actions;
  @Autowired EvidenceService evidence;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RoleDirectory roles;
  @Autowired InvitationService invitations;
  @Autowired AsSystem asSystem;
  @Autowired JdbcTemplate jdbc;

  private TasklistBrowser browser;

  @BeforeAll
  static void chromiumAndAxeAreInstalled() {
    TasklistBrowser.requireChromium();
    assertThat(AXE).as("axe-core: Maven installs it before the integration tests (npm ci in src/test/axe)").isRegularFile();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Every page checked, grouped by who looks at it (one sign-in each). Add a page here. */
  private static List<NamedPage> pages(Fixtures f) {
    String evidencePage = "/actions/" + f.action() + "/evidence-files";
    return List.of(
        new NamedPage("sign-in", null, "/sign-in"),
        new NamedPage("sign-in-failed", null, "/sign-in?error"),
        new NamedPage("invitation", null, "/invitations/" + f.invitationToken()),
        new NamedPage("invitation-not-usable", null, "/invitations/" + "A".repeat(43)),
        new NamedPage("e-mail-settings", TestPeople.OWNER, "/settings/e-mails"),
        new NamedPage("evidence-upload", TestPeople.OWNER, evidencePage + "?task=" + f.task()),
        new NamedPage("evidence-upload-refused", TestPeople.OWNER, evidencePage + "?task=" + f.task(),
            browser -> browser.uploadEvidence(uploadFile("policy.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}))),
        new NamedPage("evidence-remove", TestPeople.OWNER, evidencePage + "/" + f.waitingFile() + "/remove?task=" + f.task()),
        new NamedPage("evidence-refused", TestPeople.OWNER, "/actions/" + f.othersAction() + "/evidence-files"),
        new NamedPage("page-not-found", TestPeople.OWNER, "/no-such-page"),
        new NamedPage("page-refused", TestPeople.OWNER, "/people"),
        new NamedPage("people", TestPeople.PLANNER, "/people"),
        new NamedPage("action-changes", TestPeople.PLANNER, "/actions/" + f.action() + "/changes"),
        new NamedPage("plan-import", TestPeople.PLANNER, "/plans/import"),
        new NamedPage("plan-import-preview", TestPeople.PLANNER, "/plans/import",
            browser -> previewPlan(browser, nearMissPlan(f.agency()))),
        new NamedPage("plan-import-unacknowledged", TestPeople.PLANNER, "/plans/import", browser -> {
          previewPlan(browser, nearMissPlan(f.agency()));
          browser.press("Import this plan and start its processes");
        }),
        new NamedPage("plan-import-refused", TestPeople.PLANNER, "/plans/import",
            browser -> previewPlan(browser, uploadFile("minutes.csv",
                "Minutes of the board\nApologies were received\n".getBytes(StandardCharsets.UTF_8)))),
        new NamedPage("plan-import-columns", TestPeople.PLANNER, "/plans/import",
            browser -> previewPlan(browser, uploadFile("plan.csv", ("Learning,Next step,Named contact,Date\n"
                + "Share the summary,Brief staff,Head of Service,March 2027\n").getBytes(StandardCharsets.UTF_8)))),
        new NamedPage("plan-imported", TestPeople.PLANNER, "/plans/import", browser -> {
          previewPlan(browser, nearMissPlan(f.agency()));
          browser.tick("acknowledge");
          browser.press("Import this plan and start its processes");
        }),
        // The board's pages, as the board sees them and as an agency's owner sees their part of them (the fixtures'
        // OWNER also sits with the sub-group chairs, so the other agency's owner stands for agency people).
        new NamedPage("reviews-board", TestPeople.BOARD, "/reviews"),
        new NamedPage("reviews-agency-owner", TestPeople.OTHER_OWNER, "/reviews"),
        new NamedPage("action-board", TestPeople.BOARD, "/actions/" + f.action()),
        new NamedPage("action-agency-owner", TestPeople.OTHER_OWNER, "/actions/" + f.othersAction()),
        new NamedPage("report-board", TestPeople.BOARD, "/reviews/" + f.review() + "/report"),
        new NamedPage("report-agency-owner", TestPeople.OTHER_OWNER, "/reviews/" + f.review() + "/report"),
        new NamedPage("report-bad-date", TestPeople.BOARD, "/reviews/" + f.review() + "/report?asAt=31/02/2026"),
        new NamedPage("statements", TestPeople.PLANNER, "/reviews/" + f.review() + "/statements"),
        new NamedPage("statements-compiled", TestPeople.BOARD, "/reviews/" + f.review() + "/statements/compiled"),
        new NamedPage("quarterly-report", TestPeople.BOARD, "/reports/quarterly"));
  }

  /**
   * A small plan as a plan manager uploads it: an agency written a letter away from a known one (a near miss, so
   * new, with no leads) whose new role no one holds (an action no one would be asked about), a role with a holder,
   * an action over two lines and a timescale that cannot be read as dates.
   */
  private static Path nearMissPlan(String agency) {
    String misspelt = agency.replace("Agency", "Agencey");
    String csv = TestPlan.HEADER + "\n"
        + "1,\"Agencies share information about dangerous adults\",\"Set up a shared register\nwith police and housing\","
        + "\"by March 2027\",\"" + TestPeople.ROLE_WITH_HOLDER + "\",\"" + agency + "\"\n"
        + "2,\"Agencies audit their records\",\"Audit the records of every open case\",\"when funding allows\","
        + "\"Records Audit Officer\",\"" + misspelt + "\"\n";
    return uploadFile("plan.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  /** Fills in the import form with a new review reference each time (a reference is imported once) and previews. */
  private static void previewPlan(TasklistBrowser browser, Path file) {
    String ref = "AXE-" + UUID.randomUUID().toString().substring(0, 8);
    browser.previewPlan(ref, "Serious Case Review " + ref, "Axe LSCB", "15/10/2026", file);
  }

  @Test
  void everyPageHasNoSeriousOrCriticalWcag22AaViolation() throws IOException {
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    List<Violation> found = new ArrayList<>();
    StringBuilder checked = new StringBuilder();
    String signedIn = null;
    for (NamedPage page : pages(fixtures())) {
      if (browser == null || !Objects.equals(signedIn, page.user())) {
        quitBrowser();
        browser = TasklistBrowser.open("http://localhost:" + port);
        if (page.user() != null) {
          browser.signInOnThePage(page.user(), TestPeople.PASSWORD);
        }
        signedIn = page.user();
      }
      browser.openPage(page.path());
      page.then().accept(browser);
      browser.saveFullPageScreenshot(SCREENSHOTS.resolve(page.name() + ".png"));
      browser.script(axe);
      Object answer = browser.asyncScript(RUN_AXE, Duration.ofSeconds(90), WCAG_22_AA);
      List<Violation> onPage = violations(page.name(), answer);
      found.addAll(onPage);
      checked.append(page.name()).append(": ").append(((Map<?, ?>) answer).get("passes")).append(" rules passed, ")
          .append(onPage.size()).append(" violated\n");
    }
    writeReport(checked, found);

    assertThat(found.stream().filter(v -> NOT_ALLOWED.contains(v.impact())).map(Violation::toString).toList())
        .as("serious or critical WCAG 2.2 AA violations (all violations: %s)", SCREENSHOTS.resolve("axe-report.txt"))
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> violations(String page, Object answer) {
    if (!(answer instanceof Map<?, ?> results) || !(results.get("violations") instanceof List<?> list)) {
      throw new AssertionError("axe did not run on " + page + ": " + answer);
    }
    return list.stream().map(item -> (Map<String, Object>) item)
        .map(v -> new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
            (List<String>) v.get("nodes")))
        .toList();
  }

  private static void writeReport(CharSequence checked, List<Violation> found) throws IOException {
    Map<String, Long> byImpact = new TreeMap<>(found.stream().collect(Collectors.groupingBy(Violation::impact, Collectors.counting())));
    StringBuilder report = new StringBuilder("axe-core, tags " + WCAG_22_AA + "\n").append(checked)
        .append("violations by impact: ").append(byImpact).append('\n');
    found.forEach(v -> report.append(v).append('\n'));
    Files.createDirectories(SCREENSHOTS);
    Files.writeString(SCREENSHOTS.resolve("axe-report.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private Fixtures fixtures() {
    TestPeople.ensure(identityService, roles);
    // Signing in lands on Tasklist, which without an administrator sends everyone to its setup page.
    TestAdministrator.ensure(identityService, authorizationService);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String agency = "Axe Agency " + suffix;
    String otherAgency = "Axe Other Agency " + suffix;
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, otherAgency, TestPeople.OTHER_OWNER);
    // The owner works for the agency, as its people do: its reports show them their agency's rows.
    identityService.createMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(TestPeople.OTHER_OWNER, AgencyGroups.agencyGroup(otherAgency));
    String timescale = "by " + PinnedClock.TODAY.plusYears(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    TestPlan plan = TestPlan.plan().published(PinnedClock.TODAY.minusMonths(1).toString())
        .action("1", "Agencies share information about dangerous adults",
            "Set up a shared register of dangerous adults with police and housing", timescale, TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Agencies audit their records", "Audit the records of every open case", timescale,
            TestPeople.ROLE_WITH_HOLDER, otherAgency);
    ImportResult imported = importer.importPlan(plan.command(false));
    assertThat(imported.errors()).isEmpty();
    Action mine = actions.forRecommendation(recommendations.forReview(plan.reviewRef()).get(0).getId()).get(0);
    Action theirs = actions.forRecommendation(recommendations.forReview(plan.reviewRef()).get(1).getId()).get(0);
    Task deliver = taskService.createTaskQuery().processInstanceId(mine.getProcessInstanceId())
        .taskDefinitionKey(ActionProcess.Element.DELIVER_ACTION).singleResult();
    assertThat(deliver).as("the owner's Deliver action task").isNotNull();
    evidence.upload(mine.getId(), "Register audit 2026.pdf", null, "%PDF-1.7 register audit".getBytes(StandardCharsets.US_ASCII), TestPeople.OWNER);
    long wrongFile = evidence.upload(mine.getId(), "wrong-file.txt", null, "not this one".getBytes(StandardCharsets.UTF_8), TestPeople.OWNER).getId();
    long review = recommendations.forReview(plan.reviewRef()).get(0).getReview().getId();
    return new Fixtures(mine.getId(), deliver.getId(), wrongFile, theirs.getId(), invitation(suffix), agency, review);
  }

  /** An invitation whose link the test knows: the e-mail's token is random, so its stored hash is set to a known one. */
  private String invitation(String suffix) {
    String userId = "axe.invitee." + suffix;
    asSystem.call(() -> invitations.invite(userId, "Ada", "Invitee", userId + "@example.org",
        List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY)), TestPeople.PLANNER));
    byte[] secret = new byte[32];
    new java.security.SecureRandom().nextBytes(secret);
    String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    assertThat(jdbc.update("update invitation set token_hash = ? where user_id = ?", sha256(token), userId)).isEqualTo(1);
    return token;
  }

  /** How the invitation's token is stored (InvitationService keeps only this hash). */
  private static String sha256(String token) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path uploadFile(String name, byte[] content) {
    try {
      Path folder = Files.createDirectories(Paths.get("target", "browser-uploads", UUID.randomUUID().toString()));
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
