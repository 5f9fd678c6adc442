package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.plan.PlanImportService;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The running server with a real HTTP client keeping cookies, as a browser does: one sign-in on the application's
 * page serves Tasklist's API (with Camunda's own CSRF header), and ends for Tasklist too when either side signs out.
 * {@code /engine-rest} takes HTTP Basic and applies the engine's authorizations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The webapps' addresses name the engine: /camunda/api/engine/engine/default/ needs the engine called "default".
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SharedSessionTest {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RoleDirectory roles;
  @Autowired PlanImportService importer;
  @Autowired RecommendationService recommendations;
  @Autowired ActionService actions;
  @Autowired TaskService taskService;

  private HttpClient browser;

  @BeforeEach
  void newBrowser() {
    TestPeople.ensure(identityService, roles);
    // Without an administrator the webapps send everyone to their first-administrator setup page.
    TestAdministrator.ensure(identityService, authorizationService);
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return browser.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  private HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(body));
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  private static String csrfToken(HttpResponse<String> page) {
    Matcher matcher = CSRF_FIELD.matcher(page.body());
    assertThat(matcher.find()).as("a CSRF token on %s", page.uri()).isTrue();
    return matcher.group(1);
  }

  /** Signs in on the sign-in page and opens Tasklist; returns Camunda's CSRF token for Tasklist's API calls. */
  private String signInAndOpenTasklist(String userId) throws Exception {
    HttpResponse<String> tasklist = get(TASKLIST, "Accept", "text/html");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    HttpResponse<String> signIn = get("/sign-in");
    HttpResponse<String> signedIn = postForm("/sign-in",
        Map.of("username", userId, "password", SignIn.PASSWORD, "_csrf", csrfToken(signIn)));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains(TASKLIST);
    HttpResponse<String> opened = get(TASKLIST, "Accept", "text/html");
    assertThat(opened.statusCode()).isEqualTo(200);
    return opened.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("Tasklist sent no CSRF token"));
  }

  @Test
  void signInOnThePageServesTasklistsApiUntilTasklistLogsOut() throws Exception {
    assertThat(get(TASK_COUNT).statusCode()).isEqualTo(401);
    String xsrf = signInAndOpenTasklist(TestPeople.OWNER);

    HttpResponse<String> count = get(TASK_COUNT, "X-XSRF-TOKEN", xsrf);
    assertThat(count.statusCode()).isEqualTo(200);
    assertThat(count.body()).contains("\"count\"");
    HttpResponse<String> who = get("/camunda/api/admin/auth/user/default");
    assertThat(who.statusCode()).isEqualTo(200);
    assertThat(who.body()).contains("\"userId\":\"" + TestPeople.OWNER + "\"").contains("tasklist");

    // A logout sent by another site is refused before it reaches Camunda, and the session carries on.
    HttpResponse<String> forged = postForm(WEBAPP_LOGOUT, Map.of(), "X-XSRF-TOKEN", xsrf, "Origin", "https://evil.example");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("not from this application");
    assertThat(get(TASK_COUNT, "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(200);

    assertThat(postForm(WEBAPP_LOGOUT, Map.of(), "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(200);
    assertThat(get(TASK_COUNT, "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(401);
    assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    assertThat(get(TASKLIST, "Accept", "text/html").statusCode()).isEqualTo(302);
  }

  @Test
  void signingOutOfTheApplicationSignsOutOfTasklistToo() throws Exception {
    String xsrf = signInAndOpenTasklist(TestPeople.CHAIR);
    assertThat(get(TASK_COUNT, "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut = postForm("/sign-out", Map.of("_csrf", csrfToken(get("/sign-in"))));
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?signed-out");
    assertThat(get(TASK_COUNT, "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(401);
  }

  @Test
  void webappAnswersKeepCamundasOwnPolicyAndGetTheOtherHeaders() throws Exception {
    signInAndOpenTasklist(TestPeople.OWNER);
    HttpResponse<String> tasklist = get(TASKLIST, "Accept", "text/html");
    assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement()
        .satisfies(policy -> assertThat(policy).contains("'strict-dynamic'").isNotEqualTo(WebSecurityConfig.PAGE_POLICY));
    assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    HttpResponse<String> plugin = get("/camunda/api/tasklist/plugin/" + SignInPlugins.ID + "/static/app/plugin.js");
    assertThat(plugin.statusCode()).as("the script that swaps Tasklist's login form for the sign-in page").isEqualTo(200);
    assertThat(plugin.body()).contains("window.location.replace('/sign-in')");
  }

  @Test
  void theWebappsOwnLoginIsSwitchedOff() throws Exception {
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    Map<String, String> credentials = Map.of("username", TestPeople.OWNER, "password", SignIn.PASSWORD);
    assertThat(postForm(login, credentials).statusCode()).isEqualTo(401);
    assertThat(get(TASK_COUNT).statusCode()).isEqualTo(401);
    String xsrf = signInAndOpenTasklist(TestPeople.OWNER);
    HttpResponse<String> refused = postForm(login, credentials, "X-XSRF-TOKEN", xsrf);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("/sign-in");
  }

  @Test
  void engineRestTakesBasicOnceAndAppliesTheEnginesAuthorizations() throws Exception {
    String agency = "Session Agency " + System.nanoTime();
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    assertThat(importer.importPlan(plan.command(false)).outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    String pi = actions.forRecommendation(recommendations.forReview(plan.reviewRef()).get(0).getId()).get(0).getProcessInstanceId();
    Task deliver = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(ActionProcess.Element.DELIVER_ACTION).singleResult();
    String task = "/engine-rest/task/" + deliver.getId();

    HttpResponse<String> anonymous = get(task);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    // A wrong password delays that user's next sign-in (Camunda's throttling): a user no other test here signs in as.
    assertThat(get(task, "Authorization", SignIn.basic(TestPeople.LEAD, "wrong")).statusCode()).isEqualTo(401);
    HttpResponse<String> owner = get(task, "Authorization", SignIn.basic(TestPeople.OWNER));
    assertThat(owner.statusCode()).isEqualTo(200);
    assertThat(owner.body()).contains(deliver.getId());
    assertThat(owner.headers().allValues("Set-Cookie")).isEmpty();
    // The other owner may not read it: the engine answers as if it did not exist.
    assertThat(get(task, "Authorization", SignIn.basic(TestPeople.OTHER_OWNER)).statusCode()).isEqualTo(404);
  }

  @Test
  void anOversizedUploadIsRefusedAsTooLargeNotAsAForgery() throws Exception {
    signInAndOpenTasklist(TestPeople.SECOND_CHAIR);
    String token = csrfToken(get("/sign-in"));
    String boundary = "----rat" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[21 * 1024 * 1024];
    HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/actions/1/evidence-files"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofByteArray(file), BodyPublishers.ofByteArray(tail))));
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("too large");
  }
}
