package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.reviewactions.action.Action;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Plans, people and page reading shared by the oversight page tests. */
@AutoConfigureMockMvc
abstract class OversightPagesTestSupport extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  /** A person of the agency (a member of its group, not an owner of anything), created for the test. */
  String agencyPerson(String agency) {
    String id = "person-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName("Agnes");
    user.setLastName("Agency");
    user.setEmail(id + "@example.org");
    user.setPassword(TestPeople.PASSWORD);
    ((IdentityServiceImpl) identityService).saveUser(user, true);
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(id, AgencyGroups.agencyGroup(agency));
    return id;
  }

  /** Every action of the plan, by recommendation and position. */
  List<Action> actionsOf(TestPlan plan) {
    List<Action> all = new ArrayList<>();
    for (Recommendation r : recommendationsOf(plan)) {
      all.addAll(actionsOf(r));
    }
    return all;
  }

  Long reviewIdOf(TestPlan plan) {
    return recommendationsOf(plan).get(0).getReview().getId();
  }

  String page(String userId, String url) throws Exception {
    MockHttpSession session = SignIn.session(mvc, userId);
    return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The figure in the cell with this id. */
  static long figure(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\">(\\d+)<").matcher(html);
    assertThat(m.find()).as("a figure with id " + id).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** The action ids of the rows with this class, in page order. */
  static List<Long> rowIds(String html, String rowClass) {
    Matcher m = Pattern.compile("class=\"govuk-table__row " + rowClass + "\" data-action-id=\"(\\d+)\"").matcher(html);
    List<Long> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(Long.valueOf(m.group(1)));
    }
    return ids;
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
