package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/** The action page tells an action's whole story in time order, and shows people's text as text. */
class ActionPageTest extends OversightPagesTestSupport {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Click\")";

  @Autowired NotificationService notifications;

  private Instant now = PinnedClock.NOW;

  private void later(Duration step) {
    now = now.plus(step);
    ClockUtil.setCurrentTime(java.util.Date.from(now));
  }

  private Action drivenThroughTheProcess() {
    ClockUtil.setCurrentTime(java.util.Date.from(now));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Share information", "Set up the register " + SCRIPT + " " + FORMULA,
        "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(plan).get(0);
    String pi = action.getProcessInstanceId();
    later(Duration.ofMinutes(5));
    sendNotifications();

    later(Duration.ofDays(1));
    completeAs(TestPeople.OWNER, openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS,
        Var.PROGRESS_TEXT, "Designed with police " + SCRIPT + " " + FORMULA));

    Instant reminder = timer(pi, Element.REMINDER_DUE).getDuedate().toInstant();
    now = reminder;
    runUntil(pi, reminder);
    later(Duration.ofMinutes(1));
    sendNotifications();

    later(Duration.ofHours(1));
    completeAs(TestPeople.OWNER, openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Register audit"));
    later(Duration.ofHours(1));
    completeAs(TestPeople.CHAIR, openTask(pi, Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.REJECT,
        Var.REJECTION_REASON, "Show it was used"));
    later(Duration.ofMinutes(1));
    sendNotifications();
    later(Duration.ofHours(1));
    completeAs(TestPeople.OWNER, openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register used in 40 cases", Var.EVIDENCE_REFERENCES, "Case audit"));
    later(Duration.ofHours(1));
    completeAs(TestPeople.SECOND_CHAIR, openTask(pi, Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    later(Duration.ofMinutes(1));
    sendNotifications();
    return actions.get(action.getId());
  }

  @Test
  void theStoryListsEveryStepInTimeOrderWithTheEmailsSentAndTheTasksCompleted() throws Exception {
    Action action = drivenThroughTheProcess();
    List<String> kinds = notifications.forAction(action.getId()).stream().map(Notification::getKind).toList();
    assertThat(kinds).contains("assignment", "evidence-rejected", "action-complete")
        .containsAnyOf("reminder", "progress-request");

    String html = page(TestPeople.BOARD, "/actions/" + action.getId());

    List<String> what = cells(html, "rat-story-what");
    assertThat(what).containsSubsequence("Created from the plan", "Assigned", "Assignment e-mailed", "Progress update",
        "Evidence submitted", "Evidence rejected", "Rejection e-mailed", "Evidence submitted", "Evidence verified",
        "Closed as complete", "Completion notice e-mailed");
    assertThat(what).anyMatch(w -> w.equals("Reminder e-mailed") || w.equals("Progress request e-mailed"));
    int reminder = what.indexOf(what.stream().filter(w -> w.equals("Reminder e-mailed") || w.equals("Progress request e-mailed"))
        .findFirst().orElseThrow());
    assertThat(reminder).isGreaterThan(what.indexOf("Progress update")).isLessThan(what.indexOf("Evidence submitted"));
    assertThat(what.stream().filter("Task completed"::equals).count()).isEqualTo(5);
    assertThat(html).contains("Evidence rejected: Show it was used").contains("Rejected: Show it was used").contains("Verified")
        .contains("Register used in 40 cases").contains("Chloe Chair").contains("Carl Chair");
    List<String> when = cells(html, "rat-nowrap");
    assertThat(when.get(0)).isEqualTo("30 November 2026 10:00");
    assertThat(html).contains("id=\"status\">Complete<").contains("id=\"due-date\">31 March 2027<")
        .contains("by March 2027").contains("Olive Owner");
  }

  @Test
  void hostileTextInTheDescriptionAndProgressIsShownAsText() throws Exception {
    Action action = drivenThroughTheProcess();

    String html = page(TestPeople.BOARD, "/actions/" + action.getId());

    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)")
        .doesNotContain("href=\"http://evil.example\"");
    String dashboard = page(TestPeople.BOARD, "/reviews?review=" + actions.recommendationOf(action).getReview().getId());
    assertThat(dashboard).doesNotContain("<script>alert");
  }

  @Test
  void theWaitingTaskIsLinkedToTasklistAndEvidenceFilesToTheirAddress() throws Exception {
    ClockUtil.setCurrentTime(java.util.Date.from(now));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Share information", "Set up the register", "by March 2027",
        TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(plan).get(0);
    Long fileId = evidenceFiles.upload(action.getId(), "minutes.txt", "text/plain", "Minutes of the meeting".getBytes(),
        TestPeople.OWNER).getId();
    completeAs(TestPeople.OWNER, openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
        Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Minutes", Var.EVIDENCE_REFERENCES, ""));

    String html = page(TestPeople.BOARD, "/actions/" + action.getId());

    String verify = openTask(action.getProcessInstanceId(), Element.VERIFY_EVIDENCE).getId();
    assertThat(html).contains("href=\"http://tracker.test/camunda/app/tasklist/default/#/?task=" + verify + "\"")
        .contains("href=\"/evidence-files/" + fileId + "\"").contains("minutes.txt").contains("Waiting for verification");
  }

  @Test
  void anAgencyColleagueWhoReadsTheStoryFollowsTheFileLinkAndAnotherAgencysOwnerFindsNeitherPageNorFile() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Share information", "Set up the register", "by March 2027",
        TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(plan).get(0);
    Long fileId = evidenceFiles.upload(action.getId(), "minutes.txt", "text/plain", "Minutes of the meeting".getBytes(),
        TestPeople.OWNER).getId();
    completeAs(TestPeople.OWNER, openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
        Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Minutes", Var.EVIDENCE_REFERENCES, ""));
    String colleague = agencyPerson(agency);

    // The page links the file for the colleague, and the file address serves them the file it links.
    assertThat(page(colleague, "/actions/" + action.getId())).contains("href=\"/evidence-files/" + fileId + "\">minutes.txt</a>");
    mvc.perform(get("/evidence-files/" + fileId).session(SignIn.session(mvc, colleague)))
        .andExpect(status().isOk()).andExpect(content().string("Minutes of the meeting"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
    // Another agency's owner: neither the page nor the file exists for them.
    mvc.perform(get("/actions/" + action.getId()).session(SignIn.session(mvc, TestPeople.OTHER_OWNER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/evidence-files/" + fileId).session(SignIn.session(mvc, TestPeople.OTHER_OWNER)))
        .andExpect(status().isNotFound()).andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString("minutes.txt"))));
    mvc.perform(get("/api/evidence-files/" + fileId).header("Authorization", SignIn.basic(TestPeople.OTHER_OWNER)))
        .andExpect(status().isNotFound());
  }

  @Autowired org.reviewactions.action.evidence.EvidenceService evidenceFiles;

  /** The text of the cells with this class, in page order. */
  private static List<String> cells(String html, String cellClass) {
    Matcher m = Pattern.compile("class=\"govuk-table__cell " + cellClass + "\">([^<]*)<").matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
