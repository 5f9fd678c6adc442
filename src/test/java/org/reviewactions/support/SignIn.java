package org.reviewactions.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in as the test people: on the sign-in page (a session, for pages) or with HTTP Basic (for the APIs). */
public final class SignIn {

  /** Every test person's password. */
  public static final String PASSWORD = TestPeople.PASSWORD;

  private SignIn() {}

  /** Signs in on the sign-in page, as a browser does, and returns the session the pages then use. */
  public static MockHttpSession session(MockMvc mvc, String userId) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", userId).param("password", PASSWORD))
        .andExpect(redirectedUrlPattern("/camunda/app/tasklist/default/**"));
    return session;
  }

  /** An HTTP Basic {@code Authorization} header, as machine clients send it. */
  public static String basic(String userId) {
    return basic(userId, PASSWORD);
  }

  public static String basic(String userId, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
