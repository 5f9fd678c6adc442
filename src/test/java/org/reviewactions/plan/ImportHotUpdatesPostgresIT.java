package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ImportHotUpdates} on the engine's own PostgreSQL schema, as the engine creates it. */
class ImportHotUpdatesPostgresIT {

  @Test
  void theTablesAnImportActivatesKeepHalfOfEachPageForTheActivationSetOnce() {
    PostgresDatabase db = PostgresDatabase.create();
    try {
      DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
      ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration().setDataSource(dataSource)
          .setDatabaseSchemaUpdate("true").setJobExecutorActivate(false).buildProcessEngine().close();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      String options = "select upper(relname) from pg_class where 'fillfactor=50' = any (reloptions) order by 1";
      assertThat(jdbc.queryForList(options, String.class)).as("the engine sets none").isEmpty();

      assertThat(ImportHotUpdates.leaveRoom(dataSource, "")).isEqualTo(4);

      assertThat(jdbc.queryForList(options, String.class))
          .containsExactly("ACT_HI_PROCINST", "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_TASK");
      assertThat(ImportHotUpdates.leaveRoom(dataSource, "")).as("nothing to do on a later start").isZero();
    } finally {
      db.drop();
    }
  }
}
