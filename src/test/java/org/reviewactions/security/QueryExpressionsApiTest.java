package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.TestPeople;
import org.reviewactions.tasklist.TasklistFilters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** No query a person sends is evaluated as an expression, at any depth; only administrators store one. */
class QueryExpressionsApiTest extends EngineRestTestSupport {

  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;

  private static Map<String, Object> nested(String field) {
    return Map.of("orQueries", List.of(Map.of(field, MARKER_EXPRESSION)));
  }

  private void assertRefusedUnevaluated(ResponseEntity<String> response, String naming) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("may not contain expressions").contains(naming);
    assertThat(marker.calls).hasValue(0);
  }

  @Test
  void taskCountWithAnExpressionInAnOrQueryIsRefusedAndNothingIsEvaluated() {
    assertRefusedUnevaluated(post(TestPeople.OWNER, "/engine-rest/task/count", nested("assigneeExpression")),
        "taskAssignee in or-query 1");
  }

  @Test
  void taskListWithAnExpressionInAnOrQueryIsRefusedAndNothingIsEvaluated() {
    assertRefusedUnevaluated(post(TestPeople.OWNER, "/engine-rest/task", nested("candidateUserExpression")),
        "taskCandidateUser in or-query 1");
  }

  @Test
  void everyExpressionFieldOfAnOrQueryIsRefused() {
    for (String field : List.of("assigneeExpression", "assigneeLikeExpression", "ownerExpression", "involvedUserExpression",
        "candidateUserExpression", "candidateGroupExpression", "candidateGroupsExpression", "dueBeforeExpression",
        "dueAfterExpression", "dueDateExpression", "followUpBeforeExpression", "followUpAfterExpression",
        "createdBeforeExpression", "createdAfterExpression", "createdOnExpression", "processInstanceBusinessKeyExpression")) {
      ResponseEntity<String> response = post(TestPeople.OWNER, "/engine-rest/task/count", nested(field));
      assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(marker.calls).hasValue(0);
  }

  @Test
  void tasklistsOwnApiRefusesTheSameQueryAndEvaluatesNothing() {
    WebappSession tasklist = WebappSession.signIn(rest, TestPeople.OWNER, TestPeople.PASSWORD);
    assertRefusedUnevaluated(tasklist.postJson("/camunda/api/engine/engine/default/task/count", nested("assigneeExpression")),
        "taskAssignee in or-query 1");
    assertRefusedUnevaluated(tasklist.postJson("/camunda/api/engine/engine/default/task", nested("ownerExpression")),
        "taskOwner in or-query 1");
  }

  @Test
  void topLevelExpressionIsRefusedAndNothingIsEvaluated() {
    ResponseEntity<String> response = post(TestPeople.OWNER, "/engine-rest/task/count",
        Map.of("assigneeExpression", MARKER_EXPRESSION));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(marker.calls).hasValue(0);
  }

  @Test
  void aStoredFilterCannotBeExtendedWithAnExpression() {
    Filter shared = filterService.createFilterQuery().filterName(TasklistFilters.Names.MY_ACTIONS).singleResult();
    assertRefusedUnevaluated(post(TestPeople.OWNER, "/engine-rest/filter/" + shared.getId() + "/count",
        nested("assigneeExpression")), "taskAssignee in or-query 1");
    assertRefusedUnevaluated(post(TestPeople.OWNER, "/engine-rest/filter/" + shared.getId() + "/list",
        nested("assigneeExpression")), "taskAssignee in or-query 1");
  }

  @Test
  void theSharedFiltersStillResolveTheirExpressionsForWhoeverRunsThem() {
    Filter shared = filterService.createFilterQuery().filterName(TasklistFilters.Names.MY_ACTIONS).singleResult();
    ResponseEntity<String> response = exchange(TestPeople.OWNER, org.springframework.http.HttpMethod.GET,
        "/engine-rest/filter/" + shared.getId() + "/count", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"count\"");
  }

  @Test
  void ordinaryUsersCreateNoFiltersUnderTheStandingAuthorizations() {
    ResponseEntity<String> refused = post(TestPeople.OWNER, "/engine-rest/filter/create",
        filter("Plain", Map.of("assignee", TestPeople.OWNER)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("'CREATE' permission").contains("Filter");
  }

  @Test
  void aUserAllowedToCreateFiltersCannotCreateOneWithAnExpressionButAnAdministratorCan() {
    Authorization mayCreate = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    mayCreate.setUserId(TestPeople.OWNER);
    mayCreate.setResource(Resources.FILTER);
    mayCreate.setResourceId(Authorization.ANY);
    mayCreate.addPermission(Permissions.CREATE);
    authorizationService.saveAuthorization(mayCreate);
    try {
      for (Map<String, Object> query : List.of(Map.<String, Object>of("assigneeExpression", MARKER_EXPRESSION),
          nested("assigneeExpression"))) {
        ResponseEntity<String> refused = post(TestPeople.OWNER, "/engine-rest/filter/create", filter("Sneaky", query));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("contains expressions");
      }
      assertThat(filterService.createFilterQuery().filterName("Sneaky").count()).isZero();
      assertThat(post(TestPeople.OWNER, "/engine-rest/filter/create", filter("Plain", Map.of("assignee", TestPeople.OWNER)))
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      authorizationService.deleteAuthorization(mayCreate.getId());
    }

    String administrator = TestAdministrator.ensure(identityService, authorizationService);
    ResponseEntity<String> allowed = post(administrator, "/engine-rest/filter/create",
        filter("Admin's own", Map.of("assigneeExpression", "${currentUser()}")));
    assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(marker.calls).hasValue(0);
  }

  @Test
  void anOrdinaryUserCannotPutAnExpressionIntoTheirOwnFilter() {
    Filter own = asSystemFilterOwnedBy(TestPeople.OWNER);

    ResponseEntity<String> refused = put(TestPeople.OWNER, "/engine-rest/filter/" + own.getId(),
        filter("Mine", nested("assigneeExpression")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("taskAssignee in or-query 1");
    assertThat(QueryExpressions.in(filterService.getFilter(own.getId()).getQuery())).isEmpty();

    // The same change without the expression goes through: the refusal is about the expression.
    ResponseEntity<String> plain = put(TestPeople.OWNER, "/engine-rest/filter/" + own.getId(),
        filter("Mine", Map.of("assignee", TestPeople.OWNER)));
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Filter asSystemFilterOwnedBy(String userId) {
    Filter filter = filterService.newTaskFilter("Mine " + java.util.UUID.randomUUID()).setOwner(userId)
        .setQuery(taskService.createTaskQuery().taskAssignee(userId));
    // The engine gives a filter's owner every permission on it.
    filterService.saveFilter(filter);
    return filter;
  }

  private static Map<String, Object> filter(String name, Map<String, Object> query) {
    return Map.of("resourceType", "Task", "name", name, "owner", TestPeople.OWNER, "query", query);
  }
}
