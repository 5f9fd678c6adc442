package org.reviewactions.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, leaves room on each page of the engine tables whose rows a background import writes suspended and
 * then activates ({@link SuspendedStarts}), so that the activation is a HOT update. The engine's activation sets only
 * {@code REV_} and {@code SUSPENSION_STATE_} (on {@code ACT_HI_PROCINST} the same values again, with {@code STATE_}),
 * columns no index covers. An update that finds no room on its row's page writes the row to another page and adds an
 * entry to every index of the table (ten on {@code ACT_RU_EXECUTION}); one that finds room stays on the page and adds
 * none. Pages filled to half by inserts hold each row and its activated version: the heap is as large as when the
 * new versions went to other pages, and the indexes get no second entry per row (docs/benchmarks.md).
 *
 * <p>{@code fillfactor} applies to pages filled from then on; set once, checked by one catalogue query on every
 * later start (the lock it takes blocks neither reads nor writes). H2 has no such setting.
 */
@Component
class ImportHotUpdates extends AbstractProcessEnginePlugin {

  static final int FILLFACTOR = 50;
  /** The tables whose rows a background import inserts suspended, then updates once to activate them. */
  static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_HI_PROCINST");

  private static final Logger log = LoggerFactory.getLogger(ImportHotUpdates.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("postgres".equals(configuration.getDatabaseType())) {
      leaveRoom(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }
  }

  /** Returns how many tables this call changed. */
  static int leaveRoom(DataSource dataSource, String prefix) {
    int changed = 0;
    String setting = "fillfactor=" + FILLFACTOR;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement current = connection.prepareStatement(
            "select coalesce(? = any (reloptions), false) from pg_class where oid = to_regclass(?)");
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        current.setString(1, setting);
        current.setString(2, prefix + table);
        try (ResultSet row = current.executeQuery()) {
          if (!row.next() || row.getBoolean(1)) {
            continue;
          }
        }
        statement.execute("alter table " + prefix + table + " set (fillfactor = " + FILLFACTOR + ")");
        changed++;
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (changed > 0) {
        log.info("Set fillfactor {} on {} engine table(s), so a background import's activation updates in place",
            FILLFACTOR, changed);
      }
    } catch (SQLException e) {
      // Another node may be setting it at this moment; an import works as before, only its rows take more room.
      log.warn("Could not set the fillfactor of the engine tables a background import updates: {}", e.getMessage());
    }
    return changed;
  }
}
