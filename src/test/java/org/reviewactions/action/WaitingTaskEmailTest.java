package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.notification.EmailDelivery;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A task waiting for a group reaches its members by e-mail, never the person whose step created it; those who
 * chose the digest get one e-mail a working day listing their new and overdue tasks, each with its link.
 */
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class WaitingTaskEmailTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String HOSTILE = "Review <b>policy</b> <script>alert(1)</script>";

  @Autowired EmailPreferences preferences;
  @Autowired TaskDigests digests;

  @AfterEach
  void everyoneBackToTheDefault() {
    for (String id : List.of(TestPeople.OWNER, TestPeople.CHAIR, TestPeople.SECOND_CHAIR, TestPeople.BOARD,
        TestPeople.LEAD, TestPeople.PLANNER, TestPeople.OTHER_OWNER)) {
      preferences.choose(id, EmailDelivery.IMMEDIATE);
    }
  }

  /** The owner (who also sits in the chairs' group) submits evidence: the other chairs are told, not the owner. */
  private Task evidenceWaiting() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("2", "Midwives ask every woman about domestic violence", HOSTILE,
        "by 14/03/2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    sendNotifications();
    greenMail.reset();
    completeAs(TestPeople.OWNER, openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(
        Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Done", Var.EVIDENCE_REFERENCES, "Audit report"));
    return openTask(action.getProcessInstanceId(), Element.VERIFY_EVIDENCE);
  }

  private List<MimeMessage> received(String kind) throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> {
          try {
            return kind.equals(m.getHeader("X-RAT-Kind", null));
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        }).toList();
  }

  private static String to(MimeMessage mail) throws Exception {
    return ((jakarta.mail.internet.InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
  }

  @Test
  void evidenceToVerifyIsEmailedToEveryOtherChairButNotToTheOwnerWhoSubmittedIt() throws Exception {
    Task verify = evidenceWaiting();
    sendNotifications();

    List<MimeMessage> notices = received("task-waiting");
    assertThat(notices.stream().map(m -> {
      try {
        return to(m);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder("chair1@example.org", "chair2@example.org");
    MailParts parts = MailParts.of(notices.get(0));
    String link = "http://tracker.test/camunda/app/tasklist/default/#/?task=" + verify.getId();
    assertThat(parts.text()).contains("Verify evidence").contains(link).contains("http://tracker.test/settings/e-mails");
    assertThat(parts.html()).contains(link).contains("&lt;b&gt;policy&lt;/b&gt;").doesNotContain("<b>policy</b>")
        .doesNotContain("<script>");
    assertThat(notices.get(0).getSubject()).startsWith("Task waiting: Verify evidence");
  }

  @Test
  void whoChoseTheDigestGetsNoImmediateEmailButOneDigestADayListingTheTaskWithItsLink() throws Exception {
    preferences.choose(TestPeople.CHAIR, EmailDelivery.DIGEST);
    Task verify = evidenceWaiting();
    sendNotifications();
    assertThat(received("task-waiting")).extracting(WaitingTaskEmailTest::to).containsExactly("chair2@example.org");

    LocalDate nextDay = PinnedClock.TODAY.plusDays(1);
    digests.send(nextDay);
    digests.send(nextDay);

    List<MimeMessage> sent = received("digest");
    assertThat(sent).extracting(WaitingTaskEmailTest::to).containsExactly("chair1@example.org");
    MailParts parts = MailParts.of(sent.get(0));
    String link = "http://tracker.test/camunda/app/tasklist/default/#/?task=" + verify.getId();
    assertThat(parts.text()).contains("Verify evidence").contains(link).contains("NEW SINCE Monday 30 November 2026")
        .contains("http://tracker.test/settings/e-mails");
    assertThat(parts.html()).contains(link).contains("&lt;b&gt;policy&lt;/b&gt;").doesNotContain("<b>policy</b>");

    // The same day is never sent twice, however often the job runs. (The next day's digest depends on what other
    // tests left in the shared database, so it is not counted here.)
    digests.send(nextDay);
    assertThat(received("digest")).hasSize(1);
  }

  @Test
  void anOwnerOnTheDigestHearsOfReturnedEvidenceThereNotInAnEmailOfItsOwn() throws Exception {
    preferences.choose(TestPeople.OWNER, EmailDelivery.DIGEST);
    Task verify = evidenceWaiting();
    completeAs(TestPeople.SECOND_CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.REJECT,
        Var.REJECTION_REASON, "The audit report is missing"));
    sendNotifications();
    assertThat(received("evidence-rejected")).isEmpty();

    digests.send(PinnedClock.TODAY.plusDays(1));

    List<MimeMessage> sent = received("digest");
    assertThat(sent).extracting(WaitingTaskEmailTest::to).contains("owner1@example.org");
    MimeMessage owners = null;
    for (MimeMessage mail : sent) {
      owners = "owner1@example.org".equals(to(mail)) ? mail : owners;
    }
    MailParts parts = MailParts.of(owners);
    String actionLink = "http://tracker.test/actions/" + actions.ofProcess(verify.getProcessInstanceId()).getId();
    assertThat(parts.text()).contains("YOUR ACTIONS SINCE Monday 30 November 2026")
        .contains("Evidence returned to you: " + HOSTILE).contains(actionLink);
    assertThat(parts.html()).contains("Evidence returned to you").contains(actionLink)
        .contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void theDigestListsTheOwnersOverdueTaskAndTheAssignmentEmailIsLeftToIt() throws Exception {
    preferences.choose(TestPeople.OWNER, EmailDelivery.DIGEST);
    Action action = importedWithOwner(PinnedClock.NOW, "by October 2026");
    sendNotifications();
    assertThat(received("assignment")).isEmpty();
    Task deliver = openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION);

    // Friday's digest: the Deliver task was not new then, but it is overdue.
    digests.send(PinnedClock.TODAY.plusDays(4));
    List<MimeMessage> sent = received("digest");
    assertThat(sent).extracting(WaitingTaskEmailTest::to).containsExactly("owner1@example.org");
    assertThat(MailParts.of(sent.get(0)).text()).contains("OVERDUE").contains(deliver.getId())
        .doesNotContain("NEW SINCE");
  }
}
