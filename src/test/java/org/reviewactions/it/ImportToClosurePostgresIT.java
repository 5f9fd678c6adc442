package org.reviewactions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.TestPeople;
import org.reviewactions.identity.RoleDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.reviewactions.support.PinnedClock;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The whole journey on the real PostgreSQL server: a plan is posted to the REST API, its processes
 * start, the owner and a verifier work the tasks through Camunda's REST API, and the action and then
 * the recommendation close, with business tables and engine state agreeing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// The REST API serves the engine named "default", so this context keeps that name.
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = PinnedClock.class)
class ImportToClosurePostgresIT {

  private static final PostgresDatabase DB = PostgresDatabase.create();
  private static final String REVIEW = "IT-KINGSTON-BABY-A";
  private static final String HOSPITAL = "Kingston Hospital";
  private static final String DIRECTOR_OF_NURSING = "Director of Nursing";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
    // The database is dropped before the context closes; the engine's last queries then fail fast.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }

  @AfterAll
  static void dropDatabase() {
    DB.drop();
  }

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired RoleDirectory roles;
  @Autowired ManagementService management;

  @Test
  void importedPlanRunsToVerifiedClosureThroughTheRestApi() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    TestPeople.ensure(identity, roles);
    TestPeople.holder(roles, DIRECTOR_OF_NURSING, HOSPITAL, TestPeople.OWNER);

    ResponseEntity<Map<String, Object>> preview = post(true);
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(count("review")).isZero();

    ResponseEntity<Map<String, Object>> imported = post(false);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(imported.getBody().get("recommendationCount")).isEqualTo(PlanFixtures.KINGSTON_RECOMMENDATIONS);
    assertThat(imported.getBody().get("actionCount")).isEqualTo(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(count("recommendation")).isEqualTo(PlanFixtures.KINGSTON_RECOMMENDATIONS);
    assertThat(count("plan_action")).isEqualTo(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(post(false).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(count("review")).isEqualTo(1);

    Long recId = jdbc.queryForObject("select r.id from recommendation r join review v on v.id = r.review_id "
        + "where v.reference = ? and r.number = ?", Long.class, REVIEW, PlanFixtures.KINGSTON_HOSPITAL_REC);
    List<Long> actionIds = jdbc.queryForList("select id from plan_action where recommendation_id = ? order by position",
        Long.class, recId);
    assertThat(actionIds).isNotEmpty();

    String firstPi = jdbc.queryForObject("select process_instance_id from plan_action where id = ?", String.class,
        actionIds.get(0));
    String firstTask = singleTask(TestPeople.OWNER, firstPi, ActionProcess.Element.DELIVER_ACTION).get("id").toString();
    // Another agency's owner sees none of it; the board reads it but cannot work it.
    assertThat(tasks(TestPeople.OTHER_OWNER, firstPi)).isEmpty();
    // Not even its existence: the engine answers as if there were no such task.
    assertThat(rest.withBasicAuth(TestPeople.OTHER_OWNER, "secret").getForEntity("/engine-rest/task/" + firstTask, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth(TestPeople.OTHER_OWNER, "secret").getForEntity("/engine-rest/process-instance/" + firstPi,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth(TestPeople.OTHER_OWNER, "secret").getForEntity("/engine-rest/task/" + firstTask
        + "/form-variables", String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(tasks(TestPeople.BOARD, firstPi)).hasSize(1);
    assertThat(complete(TestPeople.BOARD, firstTask, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_PROGRESS,
        ActionProcess.Var.PROGRESS_TEXT, "not mine")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Task queries carrying expressions are refused.
    assertThat(rest.withBasicAuth(TestPeople.OWNER, "secret").getForEntity("/engine-rest/task?assigneeExpression={e}",
        String.class, "${currentUser()}").getStatusCode().is2xxSuccessful()).isFalse();

    for (Long actionId : actionIds) {
      String pi = jdbc.queryForObject("select process_instance_id from plan_action where id = ?", String.class, actionId);
      // E-mails are sent by notification processes' jobs: run them as the job executor would.
      management.createJobQuery().processDefinitionKey(NotificationProcess.KEY).executable().list()
          .forEach(job -> management.executeJob(job.getId()));
      assertThat(jdbc.queryForObject("select count(*) from notification where action_id = ? and kind = 'assignment' "
          + "and status = 'SENT'", Integer.class, actionId)).isEqualTo(1);
      Map<String, Object> deliver = singleTask(TestPeople.OWNER, pi, ActionProcess.Element.DELIVER_ACTION);
      assertThat(deliver.get("assignee")).isEqualTo(TestPeople.OWNER);
      complete(TestPeople.OWNER, (String) deliver.get("id"), Map.of(
          ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
          ActionProcess.Var.EVIDENCE_SUMMARY, "Policy reviewed and changed; training delivered",
          ActionProcess.Var.EVIDENCE_REFERENCES, "Hospital DV policy v4\nTraining register 2026"));
      Map<String, Object> verify = singleTask(TestPeople.CHAIR, pi, ActionProcess.Element.VERIFY_EVIDENCE);
      assertThat(complete(TestPeople.OWNER, (String) verify.get("id"),
          Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT)).getStatusCode().is4xxClientError())
          .as("the owner may not verify their own evidence: a 4xx naming the rule, never a 500").isTrue();
      assertThat(complete(TestPeople.CHAIR, (String) verify.get("id"),
          Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT)).getStatusCode().is2xxSuccessful()).isTrue();
      assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, actionId)).isEqualTo("COMPLETE");
      assertThat(jdbc.queryForObject("select verified_by from evidence where action_id = ?", String.class, actionId))
          .isEqualTo(TestPeople.CHAIR);
    }

    String recPi = jdbc.queryForObject("select process_instance_id from recommendation where id = ?", String.class, recId);
    Map<String, Object> confirm = singleTask(TestPeople.CHAIR, recPi, RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    complete(TestPeople.CHAIR, (String) confirm.get("id"), Map.of(RecommendationProcess.Var.DECISION,
        RecommendationProcess.Value.IMPLEMENTED));
    assertThat(jdbc.queryForObject("select status from recommendation where id = ?", String.class, recId)).isEqualTo("IMPLEMENTED");
    // Implemented, its impact check scheduled: the process waits at the check's timer.
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ = ? and handler_type_ = 'timer-intermediate-transition'",
        Integer.class, recPi)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from impact_check where recommendation_id = ? and status = 'DUE'",
        Integer.class, recId)).isEqualTo(1);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map<String, Object>> post(boolean dryRun) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", PlanFixtures.resource(PlanFixtures.KINGSTON_CSV));
    form.add("reviewRef", REVIEW);
    form.add("title", "SCR Baby A");
    form.add("board", "Kingston LSCB");
    form.add("published", "2006-02-01");
    form.add("dryRun", String.valueOf(dryRun));
    // Most of Kingston's agencies are new here, with no leads and roles no one holds.
    form.add("acknowledge", "unreachable");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(TestPeople.PLANNER, "secret").exchange("/api/action-plans", HttpMethod.POST, new HttpEntity<>(form, headers),
        new ParameterizedTypeReference<>() {});
  }

  private List<Map<String, Object>> tasks(String user, String processInstanceId) {
    ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(user, "secret").exchange(
        "/engine-rest/task?processInstanceId={pi}", HttpMethod.GET, null, new ParameterizedTypeReference<>() {},
        processInstanceId);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    return tasks.getBody();
  }

  private Map<String, Object> singleTask(String user, String processInstanceId, String taskKey) {
    ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(user, "secret").exchange(
        "/engine-rest/task?processInstanceId={pi}&taskDefinitionKey={key}", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {}, processInstanceId, taskKey);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).hasSize(1);
    return tasks.getBody().get(0);
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> body = Map.of("variables", variables.entrySet().stream().collect(
        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue(), "type", "String"))));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "secret").postForEntity("/engine-rest/task/" + taskId + "/complete",
        new HttpEntity<>(body, headers), String.class);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
