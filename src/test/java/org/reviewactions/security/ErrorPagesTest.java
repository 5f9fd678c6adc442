package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A page that is not there, or not for the person asking, answers with the service's own GOV.UK error page and the
 * right status, never Spring's Whitelabel page or a stack trace; the API keeps its problems. Through the running
 * server (MockMvc never forwards to the error page), with a client keeping cookies as a browser does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:test-application.properties")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ErrorPagesTest {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RoleDirectory roles;

  private HttpClient browser;

  @BeforeEach
  void newBrowser() {
    TestPeople.ensure(identityService, roles);
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .timeout(Duration.ofSeconds(30));
    return browser.send((headers.length == 0 ? request : request.headers(headers)).build(), BodyHandlers.ofString());
  }

  /** A browser's request for a page: browsers name HTML first. */
  private HttpResponse<String> page(String path) throws IOException, InterruptedException {
    return get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private void signIn(String userId) throws Exception {
    Matcher token = CSRF_FIELD.matcher(page("/sign-in").body());
    assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
    String form = Map.of("username", userId, "password", SignIn.PASSWORD, "_csrf", token.group(1)).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as("signing in as %s", userId).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
  }

  private static void isTheServicesOwnPage(HttpResponse<String> answer) {
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(answer.headers().firstValue("Content-Security-Policy")).contains(WebSecurityConfig.PAGE_POLICY);
    assertThat(answer.body()).contains("class=\"govuk-template\"", "govuk-frontend.min.css", "Safeguarding Children Partnership")
        .doesNotContain("Whitelabel", "Exception", "at org.", "trace");
  }

  @Test
  void anUnknownPageIsPageNotFoundOnTheLayoutWithTheSignedInPersonsNavigation() throws Exception {
    signIn(TestPeople.PLANNER);
    HttpResponse<String> answer = page("/no-such-page/<script>alert(1)</script>".replace("<", "%3C").replace(">", "%3E"));

    assertThat(answer.statusCode()).isEqualTo(404);
    isTheServicesOwnPage(answer);
    assertThat(answer.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", "<title>Page not found · ")
        .contains("Signed in as <strong>" + TestPeople.PLANNER + "</strong>", "People and roles", "Sign out")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void aPageRefusedToSomeoneWithoutTheRightIsYouCannotSeeThisPageWithTheStatus() throws Exception {
    signIn(TestPeople.OWNER);
    HttpResponse<String> answer = page("/people");

    assertThat(answer.statusCode()).isEqualTo(403);
    isTheServicesOwnPage(answer);
    assertThat(answer.body()).contains("<h1 class=\"govuk-heading-l\">You cannot see this page</h1>")
        .contains("Signed in as <strong>" + TestPeople.OWNER + "</strong>", "E-mail settings")
        // an owner's navigation: the plan managers' pages are not offered
        .doesNotContain("href=\"/people\"", "Only members of");
  }

  @Test
  void aMalformedAddressIsABadRequestOnTheLayout() throws Exception {
    signIn(TestPeople.OWNER);
    HttpResponse<String> answer = page("/actions/not-a-number/evidence-files");

    assertThat(answer.statusCode()).isEqualTo(400);
    isTheServicesOwnPage(answer);
    assertThat(answer.body()).contains("There is a problem with this request").doesNotContain("not-a-number");
  }

  @Test
  void aVisitorWhoIsNotSignedInGetsTheErrorPageWithoutNavigationOnThePagesOpenToThem() throws Exception {
    HttpResponse<String> answer = page("/invitations/some-token/no-such-page");

    assertThat(answer.statusCode()).isEqualTo(404);
    isTheServicesOwnPage(answer);
    assertThat(answer.body()).contains("Page not found").doesNotContain("Signed in as", "Sign out", "govuk-service-navigation__list");
    // Other unknown addresses first ask them to sign in, as every page does.
    HttpResponse<String> elsewhere = page("/no-such-page");
    assertThat(elsewhere.statusCode()).isEqualTo(302);
    assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
  }

  @Test
  void aFormRefusedBeforeAnyPageRanSaysWhyOnTheLayoutToABrowserAndInPlainTextToOthers() throws Exception {
    signIn(TestPeople.OWNER);
    String form = "delivery=DIGEST";
    HttpRequest.Builder withoutToken = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/settings/e-mails"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .timeout(Duration.ofSeconds(30));

    HttpResponse<String> page = browser.send(withoutToken.copy().header("Accept", "text/html").build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(403);
    isTheServicesOwnPage(page);
    assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">There is a problem</h1>",
        "this form was not sent from a page of this application", "E-mail settings");

    HttpResponse<String> text = browser.send(withoutToken.copy().build(), BodyHandlers.ofString());
    assertThat(text.statusCode()).isEqualTo(403);
    assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(text.body()).startsWith("Refused: this form was not sent from a page of this application");
  }

  @Test
  void anotherSitesFormIsRefusedOnThePageWithItsOriginShownAsText() throws Exception {
    signIn(TestPeople.OWNER);
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/settings/e-mails"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .header("Origin", "https://evil.example/<script>alert(1)</script>")
        .POST(HttpRequest.BodyPublishers.ofString("delivery=DIGEST")).timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(403);
    isTheServicesOwnPage(page);
    assertThat(page.body()).contains("not from this application", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void theApiKeepsAnsweringProblemsNotPages() throws Exception {
    HttpResponse<String> answer = get("/api/no-such-thing", "Authorization", SignIn.basic(TestPeople.OWNER),
        "Accept", "text/html,application/json;q=0.9");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"status\":404").doesNotContain("govuk", "Whitelabel");
  }
}
