package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.security.TestAdministrator;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actuator as a load balancer, an owner, an attacker and an administrator meet it: health says only UP or DOWN
 * to anyone, its components and the Prometheus figures are an administrator's, a dead mail server leaves the
 * application UP, and the figures follow the jobs, incidents, e-mails and imports they count.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class MonitoringEndpointsTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired AuthorizationService authorizations;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void administrator() {
    TestAdministrator.ensure(identityService, authorizations);
  }

  @Test
  void anyoneGetsTheHealthSummaryAndNothingMore() throws Exception {
    JsonNode health = json.readTree(mvc.perform(get("/actuator/health")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());

    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.fieldNames()).toIterable().containsExactly("status");
    mvc.perform(get("/actuator/health/db")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
  }

  @Test
  void anOwnerCannotReadTheFiguresOrTheHealthDetails() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(httpBasic(TestPeople.OWNER, TestPeople.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/health/mail").with(httpBasic(TestPeople.OWNER, TestPeople.PASSWORD)))
        .andExpect(status().isForbidden());
    JsonNode health = json.readTree(mvc.perform(get("/actuator/health").with(httpBasic(TestPeople.OWNER, TestPeople.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(health.fieldNames()).toIterable().containsExactly("status");
    // (Another user: a wrong password pauses that account's sign-in for a few seconds.)
    mvc.perform(get("/actuator/prometheus").with(httpBasic(TestPeople.OTHER_OWNER, "wrong password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aDeadMailServerIsDegradedOnItsComponentAndLeavesTheApplicationUp() throws Exception {
    JsonNode before = adminHealth();
    assertThat(before.get("status").asText()).isEqualTo("UP");
    assertThat(before.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(before.at("/components/mail/status").asText()).isEqualTo("UP");

    greenMail.stop();
    // The mail server is asked at most once a minute.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
    JsonNode after = adminHealth();

    assertThat(after.at("/components/mail/status").asText()).isEqualTo("DEGRADED");
    assertThat(after.at("/components/mail/details/error").asText()).isNotBlank();
    assertThat(after.get("status").asText()).isEqualTo("UP");
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
  }

  @Test
  void theFiguresFollowJobsIncidentsEmailsAndImports() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    double importedBefore = metric("rat_imports_seconds_count", "outcome=\"imported\"");
    double refusedBefore = metric("rat_imports_seconds_count", "refused=\"true\"");
    double sentBefore = metric("rat_emails_sent_total");
    double failedBefore = metric("rat_emails_failed_total");

    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    importPlan(TestPlan.plan().action("1", "Audit", "Audit the files", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency));
    ImportResult refused = importer.importPlan(new ImportCommand("SCR-EMPTY", "Empty", "Board", "2026-01-01", "plan.csv",
        new byte[0], false, "importer"));
    assertThat(refused.outcome()).isEqualTo(ImportResult.Outcome.INVALID);

    assertThat(metric("rat_imports_seconds_count", "outcome=\"imported\"")).isEqualTo(importedBefore + 1);
    assertThat(metric("rat_imports_seconds_count", "refused=\"true\"")).isEqualTo(refusedBefore + 1);
    assertThat(metric("rat_imports_seconds_sum", "outcome=\"imported\"")).isPositive();
    long pending = runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY).count();
    assertThat(pending).isPositive();
    assertThat(metric("rat_emails_pending")).isEqualTo(pending);
    assertThat(metric("rat_jobs_due")).isEqualTo(managementService.createJobQuery().executable().count()).isGreaterThanOrEqualTo(pending);

    Job send = managementService.createJobQuery().processDefinitionKey(NotificationProcess.KEY).list().get(0);
    managementService.setJobRetries(send.getId(), 0);
    assertThat(metric("rat_jobs_failed")).isEqualTo(1);
    assertThat(metric("rat_incidents_open")).isEqualTo(1);

    managementService.setJobRetries(send.getId(), 1);
    greenMail.stop();
    assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();
    assertThat(metric("rat_emails_failed_total")).isEqualTo(failedBefore + 1);
    // The notification process's retry cycle (R5/PT5M) takes over: a failed send is retried, not yet an incident.
    assertThat(metric("rat_incidents_open")).isZero();
    assertThat(metric("rat_jobs_failed")).isZero();

    greenMail.start();
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    int sent = sendNotifications();
    assertThat(sent).isPositive();
    assertThat(metric("rat_emails_sent_total")).isEqualTo(sentBefore + sent);
    assertThat(metric("rat_emails_pending")).isZero();
  }

  private JsonNode adminHealth() throws Exception {
    return json.readTree(mvc.perform(get("/actuator/health").with(httpBasic(TestAdministrator.ID, TestPeople.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  /** The sum of a metric's samples whose labels include all of {@code labels}, as Prometheus would read them. */
  private double metric(String name, String... labels) throws Exception {
    String text = mvc.perform(get("/actuator/prometheus").with(httpBasic(TestAdministrator.ID, TestPeople.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
  }
}
