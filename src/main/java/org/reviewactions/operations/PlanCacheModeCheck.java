package org.reviewactions.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Says at start when PostgreSQL connections may plan the engine's task queries once for all values.
 *
 * <p>The postgres and production profiles open every connection with {@code plan_cache_mode = force_custom_plan}
 * (docs/operations.md, "Plans"). An installation can lose that without a word: a {@code RAT_DB_URL} that carries its
 * own {@code options=} parameter wins over the profile's, and a pooler such as PgBouncer refuses the parameter. Then,
 * after five runs of a statement, PostgreSQL may switch to a generic plan that reads every open task for a chair's
 * filters: Tasklist slows as the open work grows, and nothing else would say why. This check asks one connection
 * from the pool and warns, naming the fix; it never stops the start, because the application still works.
 */
@Component
class PlanCacheModeCheck extends AbstractProcessEnginePlugin {

  static final String EXPECTED = "force_custom_plan";
  private static final Logger log = LoggerFactory.getLogger(PlanCacheModeCheck.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    modeIfNotForced(configuration.getDataSource()).ifPresent(mode -> log.warn(
        "PostgreSQL connections run with plan_cache_mode = {}, not {}: after five runs of a task query PostgreSQL may"
            + " plan it once for all values, and a chair's Tasklist filters then read every open task. Set it on the"
            + " database (alter database <name> set plan_cache_mode = {}) or leave options= out of RAT_DB_URL"
            + " (docs/operations.md, \"Plans\").", mode, EXPECTED, EXPECTED));
  }

  /** The plan cache mode of a connection from {@code dataSource}, when it is not {@value #EXPECTED}. */
  static Optional<String> modeIfNotForced(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("select current_setting('plan_cache_mode')")) {
      row.next();
      String mode = row.getString(1);
      return EXPECTED.equals(mode) ? Optional.empty() : Optional.of(mode);
    } catch (SQLException e) {
      // The engine has just used the database; a failure here says nothing about plans, so it is only noted.
      log.info("Could not read plan_cache_mode: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
