package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link SparseEngineIndexes} on the engine's own PostgreSQL schema, as the engine creates it. */
class SparseEngineIndexesPostgresIT {

  private PostgresDatabase db;
  private DriverManagerDataSource dataSource;
  private JdbcTemplate jdbc;

  @BeforeEach
  void engineSchema() {
    db = PostgresDatabase.create();
    dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
    jdbc = new JdbcTemplate(dataSource);
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setDataSource(dataSource).setDatabaseSchemaUpdate("true").setJobExecutorActivate(false)
        .setHistory("full").buildProcessEngine();
    engine.close();
  }

  @AfterEach
  void drop() {
    db.drop();
  }

  @Test
  void everyListedIndexOfTheEngineBecomesPartialUnderItsOwnNameOnceAndStillServesLookupsByValue() {
    assertThat(partial()).as("the engine creates them full").isEmpty();

    assertThat(SparseEngineIndexes.makePartial(dataSource, "")).isEqualTo(SparseEngineIndexes.INDEXES.size());

    assertThat(partial()).containsExactlyInAnyOrderElementsOf(SparseEngineIndexes.INDEXES.keySet());
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'act_idx_variable_tenant_id'",
        String.class)).endsWith("(tenant_id_) WHERE (tenant_id_ IS NOT NULL)");
    assertThat(SparseEngineIndexes.makePartial(dataSource, "")).as("nothing left to do on a later start").isZero();
    // A lookup by value (a generic plan, as the engine's prepared statements get) still finds the partial index.
    List<String> plan = jdbc.execute((java.sql.Connection c) -> {
      try (var s = c.createStatement()) {
        s.execute("set enable_seqscan = off");
        s.execute("prepare byTenant(varchar) as select ID_ from ACT_RU_VARIABLE where TENANT_ID_ = $1");
        s.execute("set plan_cache_mode = force_generic_plan");
        var rows = s.executeQuery("explain execute byTenant('t1')");
        List<String> lines = new java.util.ArrayList<>();
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
        return lines;
      }
    });
    assertThat(String.join("\n", plan)).contains("act_idx_variable_tenant_id");
  }

  @Test
  void twoNodesStartingAtOnceMakeEachIndexPartialOnce() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> SparseEngineIndexes.makePartial(dataSource, ""), two);
      CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> SparseEngineIndexes.makePartial(dataSource, ""), two);
      assertThat(first.get() + second.get()).isEqualTo(SparseEngineIndexes.INDEXES.size());
    } finally {
      two.shutdown();
    }
    assertThat(partial()).hasSize(SparseEngineIndexes.INDEXES.size());
  }

  private List<String> partial() {
    return jdbc.queryForList("select upper(c.relname) from pg_index x join pg_class c on c.oid = x.indexrelid "
        + "where x.indpred is not null and c.relname like 'act_%'", String.class);
  }
}
