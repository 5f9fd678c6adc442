package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.evidence.EvidenceService;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One sign-in for people, HTTP Basic for machines: who is let in where, CSRF tokens on every form, cross-site
 * requests refused, the security headers. Tasklist's side of the shared session is {@link SharedSessionTest}.
 */
@AutoConfigureMockMvc
class SignInTest extends ProcessTestSupport {

  private static final String EVIL = "https://evil.example";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired EvidenceService evidence;

  private static String csrfTokenIn(MvcResult page) throws Exception {
    Matcher matcher = CSRF_FIELD.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(matcher.find()).as("a CSRF token field on the page").isTrue();
    return matcher.group(1);
  }

  private Action ownersAction() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  @Test
  void apisAnswer401WithoutSignInAndCreateNoSession() throws Exception {
    for (String url : new String[] {"/api/evidence-files/1", "/engine-rest/task", "/engine-rest/engine"}) {
      MvcResult result = mvc.perform(get(url)).andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
          .andExpect(jsonPath(url.startsWith("/api/") ? "$.detail" : "$.message").value(containsString("HTTP Basic")))
          .andReturn();
      assertThat(result.getRequest().getSession(false)).as(url).isNull();
    }
    mvc.perform(post("/api/action-plans")).andExpect(status().isUnauthorized());
  }

  @Test
  void pagesSendBrowsersToTheSignInPageAndWebappScriptsGet401() throws Exception {
    for (String url : new String[] {"/plans/import", "/actions/1/evidence-files", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/"}) {
      mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/sign-in")));
    }
    mvc.perform(get("/camunda/api/engine/engine/default/task/count")).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.message").value(containsString("/sign-in")));
    mvc.perform(get("/sign-in")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in to Review Action Tracker")));
  }

  @Test
  void signingInOnThePageReturnsToThePageAskedFor() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/plans/import").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    String token = csrfTokenIn(mvc.perform(get("/sign-in").session(session)).andReturn());
    mvc.perform(post("/sign-in").session(session).param("_csrf", token)
            .param("username", TestPeople.PLANNER).param("password", SignIn.PASSWORD))
        .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/plans/import?continue"));
    mvc.perform(get("/plans/import").session(session)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Signed in as <strong>" + TestPeople.PLANNER + "</strong>")));
  }

  @Test
  void aWrongPasswordLeavesTheVisitorSignedOut() throws Exception {
    // A wrong password delays that user's next sign-in (Camunda's throttling): use a user no other test here signs in as.
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", TestPeople.BOARD).param("password", "wrong"))
        .andExpect(redirectedUrl("/sign-in?error"));
    mvc.perform(get("/plans/import").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    mvc.perform(get("/sign-in?error")).andExpect(content().string(containsString("not right")));
  }

  @Test
  void basicSignInStillServesMachineClientsButASessionDoesNot() throws Exception {
    // (/engine-rest with Basic is served by Camunda's servlet, outside MockMvc: SharedSessionTest.)
    MvcResult basic = mvc.perform(get("/api/evidence-files/999999").header("Authorization", SignIn.basic(TestPeople.CHAIR)))
        .andExpect(status().isNotFound()).andReturn();
    assertThat(basic.getRequest().getSession(false)).isNull();
    assertThat(basic.getResponse().getHeader("Set-Cookie")).isNull();

    MockHttpSession session = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(get("/api/evidence-files/999999").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/engine-rest/task/count").session(session)).andExpect(status().isUnauthorized());
  }

  @Test
  void apiChangesSentByAnotherSiteAreRefusedEvenWithBasicCredentials() throws Exception {
    String basic = SignIn.basic(TestPeople.PLANNER);
    MockHttpServletRequestBuilder[] changes = {
        multipart("/api/action-plans").file(new MockMultipartFile("file", "plan.csv", "text/csv", new byte[] {'x'})),
        post("/api/invitations").contentType(MediaType.APPLICATION_JSON).content("{}"),
        post("/engine-rest/task/count").contentType(MediaType.APPLICATION_JSON).content("{}")};
    for (MockHttpServletRequestBuilder change : changes) {
      MvcResult refused = mvc.perform(change.header("Authorization", basic).header("Origin", EVIL))
          .andExpect(status().isForbidden()).andReturn();
      boolean ownApi = refused.getRequest().getRequestURI().startsWith("/api/");
      assertThat(JsonPath.<String>read(refused.getResponse().getContentAsString(), ownApi ? "$.detail" : "$.message"))
          .contains("sent from " + EVIL);
    }
    mvc.perform(post("/engine-rest/task/count").contentType(MediaType.APPLICATION_JSON).content("{}")
            .header("Authorization", basic).header("Sec-Fetch-Site", "cross-site"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.message").value(containsString("Sec-Fetch-Site: cross-site")));
    mvc.perform(post("/engine-rest/task/count").contentType(MediaType.APPLICATION_JSON).content("{}")
            .header("Authorization", basic).header("Sec-Fetch-Site", "same-site"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/engine-rest/task/count").contentType(MediaType.APPLICATION_JSON).content("{}")
            .header("Authorization", basic).header("Origin", "null"))
        .andExpect(status().isForbidden());
    // The application's own origin (rat.public-url) and clients that send no Origin are served: the
    // empty invitation reaches the controller, which names the missing fields.
    mvc.perform(post("/api/invitations").contentType(MediaType.APPLICATION_JSON).content("{}")
            .header("Authorization", basic).header("Origin", "http://tracker.test").header("Sec-Fetch-Site", "same-origin"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(post("/api/invitations").contentType(MediaType.APPLICATION_JSON).content("{}").header("Authorization", basic))
        .andExpect(status().isUnprocessableEntity());
    // Reading is not refused: a link from another site may open a file.
    mvc.perform(get("/api/evidence-files/999999").header("Authorization", basic).header("Sec-Fetch-Site", "cross-site"))
        .andExpect(status().isNotFound());
  }

  @Test
  void everyFormCarriesAWorkingCsrfTokenAndPostsWithoutOneAreRefused() throws Exception {
    Action action = ownersAction();
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    MockHttpSession owner = SignIn.session(mvc, TestPeople.OWNER);
    String evidencePage = "/actions/" + action.getId() + "/evidence-files";
    MockMultipartFile file = new MockMultipartFile("file", "audit.txt", "text/plain", "audited".getBytes(StandardCharsets.UTF_8));

    // Without the token: refused, and nothing is done.
    String refusal = "not sent from a page of this application";
    mvc.perform(multipart("/plans/import").file(file).session(planner).param("reviewRef", "X"))
        .andExpect(status().isForbidden()).andExpect(content().string(containsString(refusal)));
    mvc.perform(multipart(evidencePage).file(file).session(owner)).andExpect(status().isForbidden())
        .andExpect(content().string(containsString(refusal)));
    mvc.perform(post("/invitations/" + "A".repeat(43)).param("password", "x").param("confirmation", "x"))
        .andExpect(status().isForbidden()).andExpect(content().string(containsString(refusal)));
    mvc.perform(post("/sign-in").param("username", TestPeople.OWNER).param("password", SignIn.PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(post("/sign-out").session(owner)).andExpect(status().isForbidden());
    assertThat(evidence.waitingFiles(action.getId())).isEmpty();
    mvc.perform(get(evidencePage).session(owner)).andExpect(status().isOk());

    // With the token the page itself gave: accepted.
    String importToken = csrfTokenIn(mvc.perform(get("/plans/import").session(planner)).andExpect(status().isOk()).andReturn());
    // With the token the page reads the form: this one lacks the review's details, so it is refused naming them.
    mvc.perform(multipart("/plans/import").file(file).session(planner).param("_csrf", importToken).param("reviewRef", "X"))
        .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("title")));
    String evidenceToken = csrfTokenIn(mvc.perform(get(evidencePage).session(owner)).andReturn());
    mvc.perform(multipart(evidencePage).file(file).session(owner).param("_csrf", evidenceToken))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Uploaded audit.txt")));
    assertThat(evidence.waitingFiles(action.getId())).hasSize(1);
    String signOutToken = csrfTokenIn(mvc.perform(get(evidencePage).session(owner)).andReturn());
    mvc.perform(post("/sign-out").session(owner).param("_csrf", signOutToken)).andExpect(redirectedUrl("/sign-in?signed-out"));
  }

  @Test
  void formPostsFromAnotherOriginAreRefusedEvenWithAToken() throws Exception {
    Action action = ownersAction();
    MockHttpSession owner = SignIn.session(mvc, TestPeople.OWNER);
    MockMultipartFile file = new MockMultipartFile("file", "audit.txt", "text/plain", "audited".getBytes(StandardCharsets.UTF_8));
    MockHttpServletRequestBuilder[] posts = {
        multipart("/actions/" + action.getId() + "/evidence-files").file(file).session(owner),
        multipart("/plans/import").file(file).session(SignIn.session(mvc, TestPeople.PLANNER)),
        post("/invitations/" + "A".repeat(43)).param("password", "x").param("confirmation", "x"),
        post("/sign-in").param("username", TestPeople.OWNER).param("password", SignIn.PASSWORD),
        post("/sign-out").session(owner)};
    for (MockHttpServletRequestBuilder form : posts) {
      mvc.perform(form.with(csrf()).header("Origin", EVIL)).andExpect(status().isForbidden())
          .andExpect(content().string(containsString("not from this application")));
    }
    assertThat(evidence.waitingFiles(action.getId())).isEmpty();
  }

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
    mvc.perform(get("/sign-in"))
        .andExpect(header().string("Content-Security-Policy", WebSecurityConfig.PAGE_POLICY))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
    mvc.perform(get("/plans/import").session(SignIn.session(mvc, TestPeople.PLANNER)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Frame-Options", "DENY"));
    for (MockHttpServletRequestBuilder api : new MockHttpServletRequestBuilder[] {
        get("/api/evidence-files/999999").header("Authorization", SignIn.basic(TestPeople.OWNER)), get("/api/evidence-files/1")}) {
      mvc.perform(api)
          .andExpect(header().string("Content-Security-Policy", WebSecurityConfig.API_POLICY))
          .andExpect(header().string("X-Frame-Options", "DENY"))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
    // Not even over HTTPS outside production: HSTS would pin a developer's localhost.
    mvc.perform(get("/sign-in").secure(true)).andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    MockHttpSession session = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(get("/plans/import").session(session)).andExpect(status().isOk());
    mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
    assertThat(session.isInvalid()).isTrue();
    mvc.perform(get("/sign-in?signed-out")).andExpect(content().string(containsString("You have signed out")));
  }
}
