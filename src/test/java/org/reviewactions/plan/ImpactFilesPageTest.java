package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact assessment's files page: the attacks first (an owner or another agency uploading, no CSRF token, a
 * program renamed .pdf, a file too big, a hostile name), each a 4xx naming the problem with nothing saved; then the
 * sub-group's upload and who may download.
 */
@AutoConfigureMockMvc
class ImpactFilesPageTest extends ProcessTestSupport {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  @Autowired MockMvc mvc;
  @Autowired ImpactCheckFileRepository fileRows;
  @Autowired ImpactFiles impactFiles;

  private Recommendation rec;
  private ProcessInstance pi;
  private String page;

  @BeforeEach
  void anImpactCheckFallenDue() {
    // The lead owns the action: of the recommendation's agency, in no group that may assess its impact.
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.LEAD);
    identityService.createMembership(TestPeople.LEAD, org.reviewactions.identity.AgencyGroups.agencyGroup(agency));
    String otherAgency = agency + " Other";
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, otherAgency, TestPeople.OTHER_OWNER);
    TestPlan plan = TestPlan.plan().action("3", "Monitor how Board agencies will evidence the impact of lessons learned",
        "Audit of supervision records", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    importPlan(TestPlan.plan().action("1", "Theirs", "Their action", "by March 2027", TestPeople.ROLE_WITH_HOLDER, otherAgency));
    rec = recommendationsOf(plan).get(0);
    Action action = actionsOf(rec).get(0);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(action.getProcessInstanceId(), ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
    pi = processOf(rec);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED),
        Map.of(RecommendationProcess.Var.DECISION, RecommendationProcess.Value.IMPLEMENTED,
            RecommendationProcess.Var.IMPACT_CHECK_DATE, "15/03/2027", RecommendationProcess.Var.IMPACT_CHECK_METHOD, "audit"));
    runUntil(pi.getId(), timer(pi.getId(), RecommendationProcess.Element.IMPACT_CHECK_DUE).getDuedate().toInstant().plusSeconds(1));
    assertThat(pi).isWaitingAt(RecommendationProcess.Element.ASSESS_IMPACT);
    page = "/recommendations/" + rec.getId() + "/impact/files";
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/pdf", content);
  }

  private long saved() {
    return impactFiles.filesOf(rec.getId()).size();
  }

  @Test
  void theActionsOwnerAndAnotherAgencyCannotUploadAndAnotherAgencyCannotEvenSeeThePage() throws Exception {
    mvc.perform(multipart(page).file(file("mine.pdf", PDF)).session(SignIn.session(mvc, TestPeople.LEAD)).with(csrf()))
        .andExpect(status().isForbidden()).andExpect(content().string(allOf(containsString("There is a problem"),
            containsString("Only the monitoring sub-group"))));
    var other = SignIn.session(mvc, TestPeople.OTHER_OWNER);
    mvc.perform(multipart(page).file(file("theirs.pdf", PDF)).session(other).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(get(page).session(other)).andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Monitor how Board agencies"))));
    mvc.perform(get("/recommendations/99999999/impact/files").session(other)).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("There is no recommendation 99999999")));
    // The owner's agency may read the recommendation's report: the page, without the upload form.
    mvc.perform(get(page).session(SignIn.session(mvc, TestPeople.LEAD))).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Add a file"))));
    assertThat(saved()).isZero();
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefusedAndNothingSaved() throws Exception {
    mvc.perform(multipart(page).file(file("audit.pdf", PDF)).session(SignIn.session(mvc, TestPeople.CHAIR)))
        .andExpect(status().isForbidden());
    assertThat(saved()).isZero();
  }

  @Test
  void disguisedHostileEmptyAndOversizedFilesAreRefusedNamingThemWithNothingSaved() throws Exception {
    var chair = SignIn.session(mvc, TestPeople.CHAIR);
    Object[][] cases = {
        {file("policy.pdf", EXE), 415, "its content is not a PDF"},
        {file("<script>alert(1)</script>.pdf", PDF), 400, "rename the file"},
        {file("../../x.pdf", PDF), 400, "rename the file"},
        {file("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), 415, "not a type accepted"},
        {file("empty.pdf", new byte[0]), 400, "is empty"},
        {new MockMultipartFile("file", "", "application/octet-stream", new byte[0]), 400, "Choose a file to upload"},
    };
    for (Object[] c : cases) {
      mvc.perform(multipart(page).file((MockMultipartFile) c[0]).session(chair).with(csrf()))
          .andExpect(status().is((Integer) c[1]))
          .andExpect(content().string(allOf(containsString("There is a problem"), containsString((String) c[2]),
              not(containsString("<script>")))));
    }
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    mvc.perform(multipart(page).file(file("big.pdf", big)).session(chair).with(csrf()))
        .andExpect(status().isPayloadTooLarge()).andExpect(content().string(allOf(containsString("big.pdf"),
            containsString("at most 20 MB"))));
    assertThat(saved()).isZero();
  }

  @Test
  void theSubGroupUploadsAFileThatReadersDownloadAsAnAttachmentAndOthersCannotFind() throws Exception {
    var chair = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(get(page).session(chair)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Add a file"), containsString("Return to your task"))));
    mvc.perform(multipart(page).file(file("Supervision audit (2027) & notes.pdf", PDF)).session(chair).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Uploaded Supervision audit (2027) &amp; notes.pdf")));
    ImpactCheckFile stored = fileRows.findById(impactFiles.filesOf(rec.getId()).get(0).id()).orElseThrow();
    assertThat(stored.getUploadedBy()).isEqualTo(TestPeople.CHAIR);
    assertThat(stored.getImpactCheckId()).isEqualTo(recommendations.dueImpactCheck(rec.getId()).orElseThrow().getId());
    String download = "/impact-files/" + stored.getId();

    for (String reader : new String[] {TestPeople.CHAIR, TestPeople.LEAD, TestPeople.BOARD}) {
      mvc.perform(get(download).session(SignIn.session(mvc, reader))).andExpect(status().isOk())
          .andExpect(header().string("Content-Disposition", containsString("attachment")))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(content().bytes(PDF));
    }
    mvc.perform(get(download).session(SignIn.session(mvc, TestPeople.OTHER_OWNER))).andExpect(status().isNotFound());
    mvc.perform(get("/impact-files/99999999").session(chair)).andExpect(status().isNotFound());

    // Listed on the page of the assessment for its readers.
    mvc.perform(get(page).session(SignIn.session(mvc, TestPeople.LEAD))).andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"" + download + "\"")));
    // The form links to the page.
    Task assess = openTask(pi.getId(), RecommendationProcess.Element.ASSESS_IMPACT);
    assertThat(taskService.getVariableLocal(assess.getId(), RecommendationProcess.Var.CTX_IMPACT_FILES_URL)).isEqualTo(page);
  }
}
