package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.action.Action;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A mail server that refuses and then accepts: the e-mail arrives exactly once, and is never lost. The retries follow
 * rat.notifications.retry-intervals (the default here): an incident only after days of refusals.
 */
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class NotificationRetryTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired NotificationService notifications;
  @Autowired NotificationRetries retries;

  private Action assigned() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private Job notificationJob() {
    return managementService.createJobQuery().processDefinitionKey(NotificationProcess.KEY).singleResult();
  }

  @Test
  void refusedSendIsRetriedWithBackoffAndArrivesOnce() {
    Action action = assigned();
    greenMail.stop();
    Job job = notificationJob();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("owner1@example.org");
    Job retried = notificationJob();
    assertThat(retried.getRetries()).isEqualTo(12);
    assertThat(retried.getDuedate().toInstant()).as("the first of the default intervals, a minute")
        .isEqualTo(Instant.parse("2026-03-02T10:01:00Z"));
    assertThat(notifications.forAction(action.getId())).isEmpty();

    greenMail.start();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:01:01Z")));
    assertThat(sendNotifications()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(notifications.forAction(action.getId())).singleElement()
        .satisfies(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT));
    assertThat(notificationJob()).isNull();
  }

  @Test
  void whenRetriesRunOutAfterDaysItIsAnIncidentAndResolvingItSendsTheEmail() {
    Action action = assigned();
    greenMail.stop();
    Instant firstAttempt = ClockUtil.getCurrentTime().toInstant();
    for (int attempt = 0; attempt <= retries.retries(); attempt++) {
      Job job = notificationJob();
      assertThat(job.getRetries()).as("retries left before attempt " + (attempt + 1)).isPositive();
      ClockUtil.setCurrentTime(job.getDuedate() == null ? ClockUtil.getCurrentTime() : job.getDuedate());
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
    }
    Instant lastAttempt = ClockUtil.getCurrentTime().toInstant();
    assertThat(java.time.Duration.between(firstAttempt, lastAttempt)).as("a mail server down over a long weekend")
        .isEqualTo(retries.span()).isGreaterThan(java.time.Duration.ofHours(88));
    Job failed = notificationJob();
    assertThat(failed.getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failed.getProcessInstanceId()).count()).isEqualTo(1);

    greenMail.start();
    managementService.setJobRetries(failed.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failed.getProcessInstanceId()).count()).isZero();
    managementService.executeJob(failed.getId());
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(notifications.forAction(action.getId())).hasSize(1);
  }
}
