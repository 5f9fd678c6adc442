package org.reviewactions.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Every refusal of the application's API is an RFC 9457 problem (application/problem+json with a title, the status
 * and a detail naming the problem): hostile or broken requests get a 4xx, never a 500.
 */
@AutoConfigureMockMvc
class ApiRefusalsAreProblemsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  private ResultActions invite(String body) throws Exception {
    return mvc.perform(post("/api/invitations").header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static ResultMatcher problem(int status) {
    return result -> {
      status().is(status).match(result);
      content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
      jsonPath("$.status").value(status).match(result);
      jsonPath("$.title").isNotEmpty().match(result);
      jsonPath("$.detail").isNotEmpty().match(result);
    };
  }

  @Test
  void malformedJsonIs400NamingWhereItBreaks() throws Exception {
    invite("{\"userId\": \"x\",").andExpect(problem(400))
        .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    invite("not json at all").andExpect(problem(400));
  }

  @Test
  void aValueOfTheWrongTypeIs400NamingTheField() throws Exception {
    invite("{\"userId\": {\"nested\": true}}").andExpect(problem(400))
        .andExpect(jsonPath("$.detail").value(containsString("userId")))
        .andExpect(jsonPath("$.detail").value(containsString("text")));
    invite("{\"groups\": \"board\"}").andExpect(problem(400))
        .andExpect(jsonPath("$.detail").value(containsString("groups")));
    invite("[1, 2, 3]").andExpect(problem(400));
  }

  @Test
  void missingFieldsAre422NamingEachField() throws Exception {
    invite("{}").andExpect(problem(422))
        .andExpect(jsonPath("$.errors[*].field", hasItem("userId")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
        .andExpect(jsonPath("$.detail").value(containsString("userId")));
  }

  @Test
  void anOversizedFieldIs422NamingItBeforeAnythingIsLookedUp() throws Exception {
    invite("{\"userId\": \"" + "a".repeat(65) + "\", \"groups\": [" + "\"g\", ".repeat(20) + "\"g\"]}")
        .andExpect(problem(422))
        .andExpect(jsonPath("$.errors[*].field", hasItem("userId")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("groups")))
        .andExpect(jsonPath("$.detail").value(containsString("at most 64 characters")));
  }

  @Test
  void anEmptyBodyOrTheWrongContentTypeIsRefused() throws Exception {
    mvc.perform(post("/api/invitations").header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .contentType(MediaType.APPLICATION_JSON)).andExpect(problem(422));
    mvc.perform(post("/api/invitations").header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .contentType(MediaType.TEXT_PLAIN).content("userId=x")).andExpect(problem(415));
    mvc.perform(get("/api/invitations").header("Authorization", SignIn.basic(TestPeople.PLANNER)))
        .andExpect(problem(405));
  }

  @Test
  void anUnknownIdIs404AndAnIdThatIsNoNumberIs400() throws Exception {
    mvc.perform(get("/api/actions/999999999/history").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(problem(404)).andExpect(jsonPath("$.detail").value(containsString("999999999")));
    mvc.perform(get("/api/evidence-files/999999999").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(problem(404));
    mvc.perform(get("/api/actions/<script>/history").header("Authorization", SignIn.basic(TestPeople.BOARD)))
        .andExpect(problem(400)).andExpect(jsonPath("$.detail").value(containsString("actionId")))
        .andExpect(jsonPath("$.detail").value(containsString("not a number")));
  }

  @Test
  void refusalsBeforeAnyControllerAreProblemsToo() throws Exception {
    mvc.perform(get("/api/actions/1/history")).andExpect(problem(401))
        .andExpect(jsonPath("$.detail").value(containsString("HTTP Basic")));
    mvc.perform(post("/api/invitations").header("Authorization", SignIn.basic(TestPeople.OWNER))
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(problem(403));
  }
}
