package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The database's RAG (RagSql, for the dashboard's counts) is the RAG Tasklist's priorities follow (ActionService.rag). */
class RagSqlTest extends ProcessTestSupport {

  @Autowired RagSql ragSql;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @Test
  void theSqlExpressionGivesEveryActionTheRagTheServiceGivesIt() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan();
    // Past due, due today, at the Amber limit (14 days), a day beyond it, far off, and no date at all.
    for (String timescale : List.of("by 31/10/2026", "by 30/11/2026", "by 14/12/2026", "by 15/12/2026", "by March 2027", "Ongoing")) {
      plan.action("1", "Share information", "Action " + timescale, timescale, TestPeople.ROLE_WITH_HOLDER, agency);
    }
    importPlan(plan);
    List<Action> imported = actionsOf(recommendationsOf(plan).get(0));
    int compared = 0;
    for (ActionStatus status : ActionStatus.values()) {
      for (Action action : imported) {
        actions.setStatus(action.getId(), status);
        Rag expected = actions.rag(actions.get(action.getId()));
        String sql = "select " + ragSql.expression("a") + " from plan_action a where a.id = :id";
        String found = jdbc.queryForObject(sql, new MapSqlParameterSource(ragSql.parameters()).addValue("id", action.getId()), String.class);
        assertThat(found).as(status + " due " + action.getDueDate()).isEqualTo(expected.name());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(ActionStatus.values().length * 6);
    assertThat(imported).extracting(actions::rag).contains(Rag.RED, Rag.AMBER, Rag.GREEN);
  }

  @Test
  void aTaskPastItsDeadlineTurnsTheActionRedInTheDatabaseAsInTasklist() {
    TestPlan plan = TestPlan.plan();
    plan.action("1", "Share information", "Nobody holds this role yet", "by March 2027", "Role nobody holds", agency);
    importPlan(plan);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    org.camunda.bpm.engine.task.Task nominate = taskService.createTaskQuery()
        .processInstanceId(action.getProcessInstanceId()).taskDefinitionKey(ActionProcess.Element.NOMINATE_OWNER).singleResult();
    assertThat(nominate).as("the action waits for a nomination").isNotNull();
    String sql = "select " + ragSql.expression("a") + " from plan_action a where a.id = :id";
    MapSqlParameterSource parameters = new MapSqlParameterSource(ragSql.parameters()).addValue("id", action.getId());
    assertThat(jdbc.queryForObject(sql, parameters, String.class)).isEqualTo(actions.rag(action).name()).isEqualTo("GREEN");

    nominate.setDueDate(java.util.Date.from(java.time.Instant.parse("2026-11-29T17:00:00Z")));
    taskService.saveTask(nominate);

    assertThat(actions.rag(actions.get(action.getId()))).isEqualTo(Rag.RED);
    assertThat(jdbc.queryForObject(sql, new MapSqlParameterSource(ragSql.parameters()).addValue("id", action.getId()), String.class))
        .isEqualTo("RED");
  }
}
