package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The same comparison on PostgreSQL, whose planner the check is written for. */
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaskQueryGrantCheckPostgresIT extends TaskQueryGrantCheckTestSupport {

  private static final PostgresDatabase DB = PostgresDatabase.create();

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired FilterService filters;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
  }

  @AfterAll
  static void dropDatabase() {
    DB.drop();
  }

  /*
   * The engine's statements are prepared, and after five runs PostgreSQL may keep one generic plan costed for an
   * average value. On the benchmark's database (12,000 open actions, VACUUM (ANALYZE)) that plan made a chair's count
   * at a step holding 6 tasks walk all 12,461 open tasks: 6.7 ms a run, against 0.1 ms planned for the value
   * (docs/benchmarks.md). So task queries and filters, and only they, are planned for their values.
   */
  @Test
  void taskQueriesAndFiltersArePlannedForTheirValuesAndOtherStatementsAreNot() {
    Filter filter = filters.newTaskFilter("Plans test").setQuery(taskService.createTaskQuery().taskCandidateGroup("chairs"));
    filters.saveFilter(filter);
    try {
      assertThat(planModeAfter(() -> repository.createProcessDefinitionQuery().count()))
          .as("another query's transaction").isEqualTo("auto");
      assertThat(planModeAfter(() -> taskService.createTaskQuery().taskCandidateGroup("chairs").count()))
          .as("a task query's transaction").isEqualTo("force_custom_plan");
      assertThat(planModeAfter(() -> filters.count(filter.getId())))
          .as("a filter's transaction").isEqualTo("force_custom_plan");
      assertThat(planModeAfter(() -> { })).as("the same pool's next transaction").isEqualTo("auto");
    } finally {
      filters.deleteFilter(filter.getId());
    }
  }

  /** PostgreSQL's plan cache mode at the end of a transaction in which {@code work} ran. */
  private String planModeAfter(Runnable work) {
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    return inTransaction.execute(status -> {
      work.run();
      return jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
    });
  }
}
