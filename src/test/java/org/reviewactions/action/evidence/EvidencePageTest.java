package org.reviewactions.action.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.TaskContext;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The owner's evidence page, reached from the Deliver action form: every attack the brief names is tried first and
 * must be a 4xx naming the problem with nothing saved or removed; then the page's ordinary work.
 */
@AutoConfigureMockMvc
class EvidencePageTest extends ProcessTestSupport {

  private static final String SAME_WORDS = "Audit the safeguarding files";

  @Autowired MockMvc mvc;
  @Autowired EvidenceService evidence;
  @Autowired EvidenceFileRepository fileRows;

  private Action mine;
  private Action mySecond;
  private Action othersAction;
  private MockHttpSession owner;

  @BeforeEach
  void twoActionsWithTheSameWordsAndAnotherAgencysAction() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan()
        .action("2.1", "Records are audited", SAME_WORDS, "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("4", "Audits are repeated", SAME_WORDS, "by June 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    mine = actionsOf(recommendationsOf(plan).get(0)).get(0);
    mySecond = actionsOf(recommendationsOf(plan).get(1)).get(0);
    String otherAgency = agency + " Other";
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, otherAgency, TestPeople.OTHER_OWNER);
    TestPlan others = TestPlan.plan().action("1", "Theirs", "Their action", "by March 2027", TestPeople.ROLE_WITH_HOLDER, otherAgency);
    importPlan(others);
    othersAction = actionsOf(recommendationsOf(others).get(0)).get(0);
    owner = SignIn.session(mvc, TestPeople.OWNER);
  }

  private static String page(Action action) {
    return "/actions/" + action.getId() + "/evidence-files";
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/pdf", content);
  }

  private static MockMultipartFile pdf(String name) {
    return file(name, EvidenceFileCheckTest.PDF);
  }

  private Task deliverTask(Action action) {
    return openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
  }

  @Test
  void anotherAgencysActionIsRefusedForReadingUploadingAndRemoving() throws Exception {
    long theirs = evidence.upload(othersAction.getId(), "theirs.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OTHER_OWNER).getId();

    mvc.perform(get(page(othersAction)).session(owner)).andExpect(status().isForbidden())
        .andExpect(content().string(allOf(containsString("There is a problem"), containsString("not yours"))))
        .andExpect(content().string(not(containsString("Their action"))));
    mvc.perform(multipart(page(othersAction)).file(pdf("mine.pdf")).session(owner).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post(page(othersAction) + "/" + theirs + "/remove").session(owner).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(get(page(othersAction) + "/" + theirs + "/remove").session(owner)).andExpect(status().isForbidden());
    mvc.perform(get("/actions/99999999/evidence-files").session(owner)).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("There is no action 99999999")));

    assertThat(evidence.filesOf(othersAction.getId())).extracting(EvidenceFileSummary::fileName).containsExactly("theirs.pdf");
    assertThat(evidence.filesOf(mine.getId())).isEmpty();
  }

  @Test
  void anotherOwnersFileCannotBeRemovedThroughMyOwnAction() throws Exception {
    long theirs = evidence.upload(othersAction.getId(), "theirs.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OTHER_OWNER).getId();
    long mySecondFile = evidence.upload(mySecond.getId(), "second.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER).getId();

    mvc.perform(post(page(mine) + "/" + theirs + "/remove").session(owner).with(csrf())).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("This action has no evidence file " + theirs)));
    mvc.perform(get(page(mine) + "/" + theirs + "/remove").session(owner)).andExpect(status().isNotFound());
    // My own file, but of my other action: not this action's either.
    mvc.perform(post(page(mine) + "/" + mySecondFile + "/remove").session(owner).with(csrf())).andExpect(status().isNotFound());

    assertThat(evidence.filesOf(othersAction.getId())).hasSize(1);
    assertThat(evidence.filesOf(mySecond.getId())).hasSize(1);
  }

  @Test
  void theReturnLinkIsOnlyEverToAnOpenTaskOfThisActionAssignedToMe() throws Exception {
    String myTask = deliverTask(mine).getId();
    String mySecondTask = deliverTask(mySecond).getId();
    String theirTask = deliverTask(othersAction).getId();

    mvc.perform(get(page(mine)).param("task", myTask).session(owner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/camunda/app/tasklist/default/#/?task=" + myTask + "\"")))
        .andExpect(content().string(containsString("Return to your task")));
    for (String hostile : List.of(mySecondTask, theirTask, "https://evil.example/", "//evil.example", "javascript:alert(1)",
        myTask + "&x=https://evil.example", "not-a-task", "")) {
      mvc.perform(get(page(mine)).param("task", hostile).session(owner)).andExpect(status().isOk())
          .andExpect(content().string(not(containsString("Return to your task"))))
          .andExpect(content().string(not(containsString("evil.example"))))
          .andExpect(content().string(not(containsString("?task=" + hostile + "\""))));
    }
    // A hostile task id sent with an upload is dropped the same way.
    mvc.perform(multipart(page(mine)).file(pdf("audit.pdf")).param("task", "https://evil.example/").session(owner).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("evil.example"))));
  }

  @Test
  void hostileNamesProgramsEmptyAndOversizedFilesAreRefusedWithTheErrorSummaryAndNothingSaved() throws Exception {
    byte[] exe = EvidenceFileCheckTest.EXE;
    Object[][] cases = {
        {pdf("<script>.pdf"), 400, "rename the file"},
        {pdf("../../x"), 400, "rename the file"},
        {file("policy.pdf", exe), 415, "its content is not a PDF"},
        {file("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), 415, "not a type accepted as evidence"},
        {file("empty.pdf", new byte[0]), 400, "is empty"},
        {new MockMultipartFile("file", "", "application/octet-stream", new byte[0]), 400, "Choose a file to upload"},
    };
    for (Object[] c : cases) {
      MockMultipartFile file = (MockMultipartFile) c[0];
      mvc.perform(multipart(page(mine)).file(file).session(owner).with(csrf()))
          .andExpect(status().is((Integer) c[1]))
          .andExpect(content().string(allOf(containsString("There is a problem"), containsString((String) c[2]),
              containsString("href=\"#file\""), not(containsString("<script>")))));
    }
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(EvidenceFileCheckTest.PDF, 0, big, 0, EvidenceFileCheckTest.PDF.length);
    mvc.perform(multipart(page(mine)).file(file("big.pdf", big)).session(owner).with(csrf()))
        .andExpect(status().isPayloadTooLarge()).andExpect(content().string(containsString("at most 20 MB")));
    assertThat(fileRows.summariesOf(mine.getId())).isEmpty();
  }

  @Test
  void theApiRefusesTheSameFilesWithProblemsNamingThem() throws Exception {
    mvc.perform(multipart("/api" + page(mine)).file(file("policy.pdf", EvidenceFileCheckTest.EXE))
            .header("Authorization", SignIn.basic(TestPeople.OWNER)))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
            .value(containsString("policy.pdf")));
    long id = evidence.upload(mine.getId(), "audit.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER).getId();
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api" + page(mine) + "/" + id)
        .header("Authorization", SignIn.basic(TestPeople.OTHER_OWNER))).andExpect(status().isForbidden());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api" + page(mine) + "/" + id)
        .header("Authorization", SignIn.basic(TestPeople.OWNER))).andExpect(status().isNoContent());
    assertThat(fileRows.summariesOf(mine.getId())).isEmpty();
  }

  @Test
  void aFileSubmittedWithEvidenceCannotBeRemoved() throws Exception {
    long id = evidence.upload(mine.getId(), "audit.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER).getId();
    evidence.submit(mine.getId(), "Audit done", "", TestPeople.OWNER);

    mvc.perform(post(page(mine) + "/" + id + "/remove").session(owner).with(csrf())).andExpect(status().isConflict())
        .andExpect(content().string(allOf(containsString("There is a problem"), containsString("submitted for verification"))));
    mvc.perform(get(page(mine) + "/" + id + "/remove").session(owner)).andExpect(status().isConflict());
    mvc.perform(get(page(mine)).session(owner)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Files already submitted for verification"), containsString("audit.pdf"),
            not(containsString("/" + id + "/remove")))));
    assertThat(fileRows.summariesOf(mine.getId())).singleElement().satisfies(f -> assertThat(f.submitted()).isTrue());
  }

  @Test
  void removingWithoutTheCsrfTokenIsRefusedAndTheFileStays() throws Exception {
    long id = evidence.upload(mine.getId(), "audit.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER).getId();
    mvc.perform(post(page(mine) + "/" + id + "/remove").session(owner)).andExpect(status().isForbidden());
    mvc.perform(multipart(page(mine)).file(pdf("more.pdf")).session(owner)).andExpect(status().isForbidden());
    assertThat(fileRows.summariesOf(mine.getId())).extracting(EvidenceFileSummary::fileName).containsExactly("audit.pdf");
  }

  @Test
  void thePageNamesTheReviewRecommendationAndActionAndListsTheFilesWithWhoAndWhen() throws Exception {
    String task = deliverTask(mine).getId();
    mvc.perform(multipart(page(mine)).file(pdf("Audit report.pdf")).param("task", task).session(owner).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Uploaded Audit report.pdf")));

    mvc.perform(get(page(mine)).param("task", task).session(owner)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("SCR Test"), containsString("<dd class=\"govuk-summary-list__value\">2.1</dd>"),
            containsString(SAME_WORDS), containsString(agency), containsString("31 March 2027"),
            containsString("Audit report.pdf"), containsString("17 bytes"), containsString("Olive Owner"),
            containsString("/remove?task=" + task))));
    // The other action with the same words is told apart by its recommendation and due date.
    mvc.perform(get(page(mySecond)).session(owner))
        .andExpect(content().string(allOf(containsString("<dd class=\"govuk-summary-list__value\">4</dd>"), containsString("30 June 2027"), containsString("No files uploaded yet"))));
    // The Deliver action task now lists the file, so the owner sees it on returning.
    assertThat((String) formValue(task, TaskContext.EVIDENCE_FILES)).contains("Audit report\\.pdf")
        .contains("(/evidence-files/");
  }

  @Test
  void theOwnerConfirmsAndRemovesAFileUploadedByMistake() throws Exception {
    String task = deliverTask(mine).getId();
    long wrong = evidence.upload(mine.getId(), "wrong.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER).getId();
    evidence.upload(mine.getId(), "right.pdf", null, EvidenceFileCheckTest.PDF, TestPeople.OWNER);

    mvc.perform(get(page(mine) + "/" + wrong + "/remove").param("task", task).session(owner)).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Are you sure you want to remove"), containsString("wrong.pdf"),
            containsString("name=\"task\" value=\"" + task + "\""))));
    mvc.perform(post(page(mine) + "/" + wrong + "/remove").param("task", task).session(owner).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Removed wrong.pdf"),
            containsString("Return to your task"))));

    assertThat(fileRows.summariesOf(mine.getId())).extracting(EvidenceFileSummary::fileName).containsExactly("right.pdf");
    assertThat((String) formValue(task, TaskContext.EVIDENCE_FILES)).contains("right").doesNotContain("wrong");
    mvc.perform(post(page(mine) + "/" + wrong + "/remove").session(owner).with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void theDeliverActionFormLinksToThisPageNamingItsOwnTask() {
    Task task = deliverTask(mine);
    assertThat(formValue(task.getId(), TaskContext.EVIDENCE_URL))
        .isEqualTo("/actions/" + mine.getId() + "/evidence-files?task=" + task.getId());
    assertThat(formValue(task.getId(), TaskContext.EVIDENCE_FILES)).isEqualTo("No files uploaded yet.");
  }
}
