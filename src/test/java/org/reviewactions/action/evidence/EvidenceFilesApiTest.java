package org.reviewactions.action.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence files: only the owner adds them, only the owner and overseeing groups read them. */
@AutoConfigureMockMvc
class EvidenceFilesApiTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired EvidenceService evidence;
  @Autowired ObjectMapper json;

  private static String basic(String user) {
    return SignIn.basic(user);
  }

  @Test
  void ownerUploadsOthersCannotAndDownloadsAreAttachments() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    // The browser's content type is never believed: a PDF sent as text/html is still only ever a download.
    MockMultipartFile page = new MockMultipartFile("file", "report.pdf", "text/html",
        "%PDF-1.7 <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    String url = "/api/actions/" + action.getId() + "/evidence-files";

    mvc.perform(multipart(url).file(page)).andExpect(status().isUnauthorized());
    mvc.perform(multipart(url).file(page).header("Authorization", basic(TestPeople.OTHER_OWNER))).andExpect(status().isForbidden());
    String created = mvc.perform(multipart(url).file(page).header("Authorization", basic(TestPeople.OWNER)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.sizeBytes").value(34))
        .andReturn().getResponse().getContentAsString();
    long fileId = json.readTree(created).get("id").asLong();
    assertThat(evidence.waitingFiles(action.getId())).hasSize(1);

    mvc.perform(get("/api/evidence-files/" + fileId).header("Authorization", basic(TestPeople.CHAIR)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/octet-stream"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")));
    // Another agency's owner: not found, as the action's page answers them.
    mvc.perform(get("/api/evidence-files/" + fileId).header("Authorization", basic(TestPeople.OTHER_OWNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/evidence-files/999999").header("Authorization", basic(TestPeople.CHAIR)))
        .andExpect(status().isNotFound());

    mvc.perform(get("/actions/" + action.getId() + "/evidence-files").session(SignIn.session(mvc, TestPeople.OWNER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("report.pdf")))
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void peopleOpenFilesAtThePageAddressWithTheirSessionNotTheApi() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    long fileId = evidence.upload(action.getId(), "audit.txt", "text/plain", "audited".getBytes(StandardCharsets.UTF_8),
        TestPeople.OWNER).getId();

    mvc.perform(get("/actions/" + action.getId() + "/evidence-files").session(SignIn.session(mvc, TestPeople.OWNER)))
        .andExpect(content().string(containsString("href=\"/evidence-files/" + fileId + "\"")));
    mvc.perform(get("/evidence-files/" + fileId).session(SignIn.session(mvc, TestPeople.CHAIR)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(content().string("audited"));
    mvc.perform(get("/evidence-files/" + fileId).session(SignIn.session(mvc, TestPeople.OTHER_OWNER))).andExpect(status().isNotFound());
    mvc.perform(get("/evidence-files/" + fileId)).andExpect(status().isFound());
    // The API address stays for machine clients: a browser session is not accepted there.
    mvc.perform(get("/api/evidence-files/" + fileId).session(SignIn.session(mvc, TestPeople.CHAIR))).andExpect(status().isUnauthorized());
  }
}
