package org.reviewactions.operations;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, makes the engine's indexes on columns this application never fills (tenant, CMMN case, batch)
 * partial: {@code where COLUMN is not null}. Full, each held one entry per row, all NULL, on the tables that grow
 * with every action (variables, executions, tasks, jobs and their history): about 1 kB per open action in all
 * (docs/benchmarks.md). Partial, they are empty here and still answer every engine query that asks for a value
 * ({@code COLUMN = ?} implies {@code is not null}), including the foreign key checks; the engine's queries that ask
 * for {@code is null} always add a selective condition of their own (handler type, event name, process instance)
 * and never used these indexes, in which every row matched. Same names, so the engine's upgrade scripts find them.
 *
 * <p>Done once, when the engine has built (its tables exist): each index still full is dropped and created partial
 * in its own short transaction, under an advisory lock and a lock timeout, so two nodes starting at once do it once
 * and a busy node is not held for long; one catalogue query on every later start. H2 keeps the engine's indexes.
 */
@Component
class SparseEngineIndexes extends AbstractProcessEnginePlugin {

  /** Index name to its table and column, as the engine's PostgreSQL create scripts (7.24) define them. */
  static final Map<String, String[]> INDEXES = new LinkedHashMap<>();

  static {
    index("ACT_IDX_VAR_CASE_EXE", "ACT_RU_VARIABLE", "CASE_EXECUTION_ID_");
    index("ACT_IDX_VAR_CASE_INST_ID", "ACT_RU_VARIABLE", "CASE_INST_ID_");
    index("ACT_IDX_VARIABLE_TENANT_ID", "ACT_RU_VARIABLE", "TENANT_ID_");
    index("ACT_IDX_BATCH_ID", "ACT_RU_VARIABLE", "BATCH_ID_");
    index("ACT_IDX_EXEC_TENANT_ID", "ACT_RU_EXECUTION", "TENANT_ID_");
    index("ACT_IDX_TASK_TENANT_ID", "ACT_RU_TASK", "TENANT_ID_");
    index("ACT_IDX_TASK_CASE_EXEC", "ACT_RU_TASK", "CASE_EXECUTION_ID_");
    index("ACT_IDX_TASK_CASE_DEF_ID", "ACT_RU_TASK", "CASE_DEF_ID_");
    index("ACT_IDX_JOB_TENANT_ID", "ACT_RU_JOB", "TENANT_ID_");
    index("ACT_IDX_EVENT_SUBSCR_TENANT_ID", "ACT_RU_EVENT_SUBSCR", "TENANT_ID_");
    index("ACT_IDX_INC_TENANT_ID", "ACT_RU_INCIDENT", "TENANT_ID_");
    index("ACT_IDX_HI_PRO_INST_TENANT_ID", "ACT_HI_PROCINST", "TENANT_ID_");
    index("ACT_IDX_HI_ACT_INST_TENANT_ID", "ACT_HI_ACTINST", "TENANT_ID_");
    index("ACT_IDX_HI_TASK_INST_TENANT_ID", "ACT_HI_TASKINST", "TENANT_ID_");
    index("ACT_IDX_HI_DETAIL_CASE_INST", "ACT_HI_DETAIL", "CASE_INST_ID_");
    index("ACT_IDX_HI_DETAIL_CASE_EXEC", "ACT_HI_DETAIL", "CASE_EXECUTION_ID_");
    index("ACT_IDX_HI_DETAIL_TENANT_ID", "ACT_HI_DETAIL", "TENANT_ID_");
    index("ACT_IDX_HI_IDENT_LNK_TENANT_ID", "ACT_HI_IDENTITYLINK", "TENANT_ID_");
    index("ACT_IDX_HI_CASEVAR_CASE_INST", "ACT_HI_VARINST", "CASE_INST_ID_");
    index("ACT_IDX_HI_VAR_INST_TENANT_ID", "ACT_HI_VARINST", "TENANT_ID_");
    index("ACT_IDX_HI_DEC_INST_CI", "ACT_HI_DECINST", "CASE_INST_ID_");
    index("ACT_IDX_HI_DEC_INST_TENANT_ID", "ACT_HI_DECINST", "TENANT_ID_");
    index("ACT_IDX_HI_JOB_LOG_TENANT_ID", "ACT_HI_JOB_LOG", "TENANT_ID_");
    index("ACT_IDX_HI_INCIDENT_TENANT_ID", "ACT_HI_INCIDENT", "TENANT_ID_");
  }

  private static final Logger log = LoggerFactory.getLogger(SparseEngineIndexes.class);
  /** Taken per index; any constant shared by every node will do. */
  private static final long LOCK = 0x7261745370617273L;
  /** Which of the names are still indexes with no predicate (full). */
  private static final String STILL_FULL = "select upper(c.relname) from pg_class c join pg_index x on x.indexrelid = c.oid "
      + "where c.oid = any (select to_regclass(n) from unnest(?) as n) and x.indpred is null";

  private static void index(String name, String table, String column) {
    INDEXES.put(name, new String[] {table, column});
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("postgres".equals(configuration.getDatabaseType())) {
      makePartial(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }
  }

  /** Returns how many indexes this call made partial. */
  static int makePartial(DataSource dataSource, String prefix) {
    int made = 0;
    try (Connection connection = dataSource.getConnection()) {
      List<String> full = stillFull(connection, prefix, INDEXES.keySet());
      if (full.isEmpty()) {
        return 0;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        for (String name : full) {
          made += makePartial(connection, prefix, name) ? 1 : 0;
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
      log.info("Made {} of the engine's indexes on columns this application leaves empty partial (where ... is not "
          + "null)", made);
    } catch (SQLException e) {
      // Left full: the next start tries again. Only size suffers.
      log.warn("Could not make the engine's empty-column indexes partial ({} done): {}", made, e.getMessage());
    }
    return made;
  }

  private static boolean makePartial(Connection connection, String prefix, String name) throws SQLException {
    String[] on = INDEXES.get(name);
    try (Statement statement = connection.createStatement()) {
      statement.execute("set local lock_timeout = '5s'");
      statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
      if (stillFull(connection, prefix, List.of(name)).isEmpty()) {
        connection.commit(); // the other node did it
        return false;
      }
      statement.execute("drop index " + prefix + name);
      statement.execute("create index " + name + " on " + prefix + on[0] + " (" + on[1] + ") where " + on[1]
          + " is not null");
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  private static List<String> stillFull(Connection connection, String prefix, Iterable<String> names)
      throws SQLException {
    List<String> qualified = new ArrayList<>();
    names.forEach(name -> qualified.add(prefix + name));
    List<String> full = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(STILL_FULL)) {
      Array array = connection.createArrayOf("text", qualified.toArray());
      query.setArray(1, array);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          full.add(rows.getString(1));
        }
      }
    }
    // In the order of INDEXES, so that two nodes never wait for each other's locks in turn.
    return INDEXES.keySet().stream().filter(full::contains).toList();
  }
}
