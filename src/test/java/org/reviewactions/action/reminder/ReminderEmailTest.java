package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.test.context.TestPropertySource;

/** Reminder, overdue and escalation e-mails over real SMTP: recipients, subjects, dates as words, task links. */
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class ReminderEmailTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String LINK = "http://tracker.test/camunda/app/tasklist/default/#/?task=";

  private Action imported(Instant now, String timescale) {
    ClockUtil.setCurrentTime(Date.from(now));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    TestPlan plan = TestPlan.plan().action("2", "Midwives ask every woman about domestic violence",
        "Review maternity history-taking", timescale, TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    sendNotifications();
    greenMail.reset();
    return action;
  }

  private static List<String> to(MimeMessage[] messages) {
    return Arrays.stream(messages).map(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void reminderTwentyEightDaysBeforeTellsTheOwnerWhatIsDueWhenWithALinkToTheTask() throws Exception {
    Action action = imported(Instant.parse("2027-03-01T10:00:00Z"), "by 14/05/2027");
    String pi = action.getProcessInstanceId();
    Task deliver = openTask(pi, Element.DELIVER_ACTION);
    runUntil(pi, timer(pi, Element.REMINDER_DUE).getDuedate().toInstant());
    assertThat(sendNotifications()).isEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(to(received)).singleElement().satisfies(r -> assertThat(r).contains("owner1@example.org"));
    assertThat(received[0].getSubject()).endsWith("] Due in 28 days: Review maternity history-taking");
    MailParts parts = MailParts.of(received[0]);
    assertThat(parts.text()).contains("Friday 14 May 2027").contains(LINK + deliver.getId()).contains("by 14/05/2027");
    assertThat(parts.html()).contains("Friday 14 May 2027").contains(LINK + deliver.getId());
  }

  @Test
  void lapseSendsOverdueNoticesToOwnerAndLeadAndTheChairsGetALinkToTheirDecision() throws Exception {
    Action action = imported(Instant.parse("2026-03-02T10:00:00Z"), "by January 2026");
    String pi = action.getProcessInstanceId();
    executeJobs(pi);
    Task decide = openTask(pi, Element.DECIDE_LAPSED_ACTION);
    Task deliver = openTask(pi, Element.DELIVER_ACTION);
    sendNotifications();

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(to(received)).hasSize(4).anySatisfy(r -> assertThat(r).contains("owner1@example.org"))
        .anySatisfy(r -> assertThat(r).contains("lead1@example.org"))
        .anySatisfy(r -> assertThat(r).contains("chair1@example.org"))
        .anySatisfy(r -> assertThat(r).contains("chair2@example.org"));
    for (MimeMessage mail : received) {
      String recipient = mail.getRecipients(Message.RecipientType.TO)[0].toString();
      MailParts parts = MailParts.of(mail);
      if (recipient.contains("chair")) {
        assertThat(mail.getSubject()).endsWith("] Lapsed action for your decision: Review maternity history-taking");
        assertThat(parts.text()).contains("Monday 16 March 2026").contains(LINK + decide.getId())
            .contains("Saturday 31 January 2026");
      } else {
        assertThat(mail.getSubject()).endsWith("] Overdue: Review maternity history-taking");
        assertThat(parts.text()).contains("Saturday 31 January 2026");
      }
      if (recipient.contains("owner1")) {
        assertThat(parts.text()).contains(LINK + deliver.getId());
      }
    }
  }
}
