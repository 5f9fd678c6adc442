package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The assignment e-mail over real SMTP: recipient, subject, due date as words, link to the task. */
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class AssignmentEmailTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired NotificationService notifications;

  @Test
  void ownerReceivesOneAssignmentEmailLinkingToTheirTaskEvenIfTheJobRunsTwice() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("2", "Midwives ask every woman about domestic violence",
        "Review maternity history-taking <b>policy</b>", "by 14/03/2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Recommendation rec = recommendationsOf(plan).get(0);
    Action action = actionsOf(rec).get(0);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);

    Job job = managementService.createJobQuery().processDefinitionKey(NotificationProcess.KEY).singleResult();
    String key = (String) runtimeService.getVariable(job.getProcessInstanceId(), NotificationProcess.Var.IDEMPOTENCY_KEY);
    Map<String, Object> requestVariables = runtimeService.getVariables(job.getProcessInstanceId());
    managementService.executeJob(job.getId());

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).contains("owner1@example.org");
    assertThat(mail.getSubject()).contains(rec.getReview().getTitle()).contains("Review maternity history-taking");
    MailParts parts = MailParts.of(mail);
    String link = "http://tracker.test/camunda/app/tasklist/default/#/?task=" + deliver.getId();
    assertThat(parts.text()).contains("Sunday 14 March 2027").contains(link).contains("by 14/03/2027");
    assertThat(parts.html()).contains("Sunday 14 March 2027").contains(link.replace("&", "&amp;"))
        .contains("&lt;b&gt;policy&lt;/b&gt;").doesNotContain("<b>policy</b>");
    assertThat(parts.attachmentNames()).containsExactly("action-due.ics");
    assertThat(parts.attachmentTexts().get(0)).contains("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20270314");

    // The same e-mail asked for again (a re-fired timer, a second node) is recognised by its key.
    assertThat(key).startsWith("action:" + action.getId() + ":assignment:");
    runtimeService.startProcessInstanceByKey(NotificationProcess.KEY, key, requestVariables);
    assertThat(sendNotifications()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(notifications.forAction(action.getId())).singleElement()
        .satisfies(n -> assertThat(n.getIdempotencyKey()).isEqualTo(key));
  }
}
