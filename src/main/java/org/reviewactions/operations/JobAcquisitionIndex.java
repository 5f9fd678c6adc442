package org.reviewactions.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due jobs through an index instead of reading every job. With
 * {@code ensureJobDueDateNotNull} every job has a due date and the acquisition query is
 * {@code where RETRIES_ > 0 and DUEDATE_ <= now ... order by DUEDATE_} ({@code jobExecutorAcquireByDueDate}),
 * which an index on {@code ACT_RU_JOB(DUEDATE_)} answers with a range scan. The engine's create scripts have
 * no such index, so it is made here, once the engine has checked its schema and before jobs are acquired.
 * Jobs made before due dates were ensured (their due date is empty) would never be acquired again: they are
 * given their creation time. On PostgreSQL a partial index also finds the jobs with no retries left for monitoring.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String INDEX = "RAT_IDX_JOB_DUEDATE";
  static final String NO_RETRIES_INDEX = "RAT_IDX_JOB_NO_RETRIES";
  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    DataSource dataSource = configuration.getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (configuration.isEnsureJobDueDateNotNull()) {
        int dated = statement.executeUpdate("update " + table + " set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
            + " where DUEDATE_ is null");
        if (dated > 0) {
          log.info("Gave {} job(s) without a due date their creation time, so acquisition by due date finds them", dated);
        }
      }
      statement.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
      if ("postgres".equals(configuration.getDatabaseType())) {
        // rat_jobs_failed counts jobs with no retries left at every scrape: a handful among tens of thousands.
        statement.execute("create index if not exists " + NO_RETRIES_INDEX + " on " + table + " (RETRIES_) where RETRIES_ = 0");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // Another node may be creating it at this moment; acquisition still works, only more slowly.
      log.warn("Could not create the job acquisition index {} on {}: {}", INDEX, table, e.getMessage());
    }
  }
}
