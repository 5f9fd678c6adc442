package org.reviewactions.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.TaskContext;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.tasklist.TasklistFilters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (surefire does not pick it up by name): how long a permission-checked task count and a
 * Tasklist list call take as an owner and as a chair over many open actions, on PostgreSQL. Run alone:
 * {@code mvn -o -q test -Dtest=TaskPermissionBenchmark -Djacoco.skip=true -Dbench.actions=12000,50000}.
 *
 * <p>Two real actions are imported and walked (one waiting for its owner, one with evidence waiting for a
 * chair); every engine row the task queries read (the process instance's execution, the task, its identity
 * links and task-local variables, and every authorization on the instance or the task) is then copied by SQL,
 * with new ids, for each generated action: 90% wait for their owner (200 owners in 40 agencies), 10% for a
 * chair. So the grants are whatever the running design creates for one action, times N.
 */
class TaskPermissionBenchmark extends ProcessTestSupport {

  private static final String DB = "grants_bench_" + java.util.UUID.randomUUID().toString().substring(0, 8);
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final int OWNERS = 200;
  private static final int AGENCIES = 40;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    admin("CREATE DATABASE " + DB);
    registry.add("spring.datasource.url", () -> SERVER + DB);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    if (Boolean.getBoolean("bench.keep")) {
      // Kept to run EXPLAIN on by hand; drop it yourself afterwards.
      System.out.println("BENCHMARK database kept: " + DB);
      return;
    }
    admin("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = java.sql.DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired FilterService filters;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void timesPermissionCheckedTaskQueries() throws Exception {
    HistoryReaders people = HistoryReaders.create(identityService, roles, agency);
    var plan = people.plan();
    importPlan(plan);
    Action owned = actionsOf(recommendationsOf(plan).get(0)).get(0);
    Action verified = actionsOf(recommendationsOf(plan).get(1)).get(0);
    completeAs(people.otherOwner(), openTask(verified.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(
        Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit"));
    Task deliver = openTask(owned.getProcessInstanceId(), Element.DELIVER_ACTION);
    Task verify = openTask(verified.getProcessInstanceId(), Element.VERIFY_EVIDENCE);
    for (int i = 0; i < AGENCIES; i++) {
      roles.ensureAgencyGroups("Bench agency " + i);
    }
    String owner = "bench.owner.7";
    String ownerGroup = AgencyGroups.agencyGroup("Bench agency " + (7 % AGENCIES));
    identityService.saveUser(identityService.newUser(owner));
    identityService.createMembership(owner, ownerGroup);

    System.out.printf("BENCHMARK template grants: deliver action %s, verify evidence %s%n",
        grantsOf(owned.getProcessInstanceId(), deliver.getId()), grantsOf(verified.getProcessInstanceId(), verify.getId()));
    int done = 0;
    for (String size : System.getProperty("bench.actions", "12000").split(",")) {
      int actions = Integer.parseInt(size.trim());
      int ownerActions = actions * 9 / 10;
      copy(owned.getProcessInstanceId(), deliver.getId(), people.owner(), AgencyGroups.agencyGroup(people.agency()),
          "bd", done * 9 / 10, ownerActions - done * 9 / 10);
      copy(verified.getProcessInstanceId(), verify.getId(), people.otherOwner(),
          AgencyGroups.agencyGroup(people.otherAgency()), "bv", done / 10, actions - ownerActions - done / 10);
      done = actions;
      jdbc.execute("analyze");
      System.out.printf("BENCHMARK %,d open actions: %,d tasks, %,d authorizations, %,d identity links%n", actions,
          jdbc.queryForObject("select count(*) from act_ru_task", Long.class),
          jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class),
          jdbc.queryForObject("select count(*) from act_ru_identitylink", Long.class));
      List<String> without = List.of(System.getProperty("bench.without", "").split(",")).stream()
          .map(String::trim).filter(n -> !n.isEmpty()).toList();
      if (!without.isEmpty()) {
        // The same data, the same load: first without the named indexes, then with them again.
        List<String> definitions = without.stream().map(n -> jdbc.queryForObject(
            "select indexdef from pg_indexes where indexname = lower(?)", String.class, n)).toList();
        without.forEach(n -> jdbc.execute("drop index " + n));
        jdbc.execute("analyze");
        System.out.println("BENCHMARK --- without the indexes " + without + " ---");
        measureAll(owner, ownerGroup);
        definitions.forEach(jdbc::execute);
        jdbc.execute("analyze");
      }
      // authorizationCheckRevokes changes the SQL of every permission check: "auto" (the default) joins each task
      // to the reader's grants when no REVOKE applies to them; "always" asks per task whether a grant names it.
      for (String revokes : System.getProperty("bench.revokes", "auto").split(",")) {
        configuration.setAuthorizationCheckRevokes(revokes.trim());
        // "engine": the engine's own statements; "lookup": TaskQueryGrantCheck's, which the application runs.
        for (String check : System.getProperty("bench.checks", "engine,lookup").split(",")) {
          Map<String, String> mappings = configuration.getDbSqlSessionFactory().getStatementMappings();
          if (check.trim().equals("engine")) {
            Map<String, String> engines = new java.util.HashMap<>(mappings);
            engines.remove(TaskQueryGrantCheck.LIST);
            engines.remove(TaskQueryGrantCheck.COUNT);
            configuration.getDbSqlSessionFactory().setStatementMappings(engines);
          }
          System.out.println("BENCHMARK --- authorizationCheckRevokes " + revokes.trim() + ", task query check "
              + check.trim() + (without.isEmpty() ? "" : ", with the indexes " + without) + " ---");
          try {
            measureAll(owner, ownerGroup);
          } finally {
            configuration.getDbSqlSessionFactory().setStatementMappings(mappings);
          }
        }
      }
      configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
    }
  }

  private void measureAll(String owner, String ownerGroup) throws Exception {
    explain("owner, all tasks", owner, List.of(ownerGroup), () -> taskService.createTaskQuery());
    explain("owner, assigned", owner, List.of(ownerGroup), () -> taskService.createTaskQuery().taskAssignee(owner));
    explain("chair, evidence to verify", TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR), () -> taskService
        .createTaskQuery().taskDefinitionKey(Element.VERIFY_EVIDENCE).taskCandidateUser(TestPeople.CHAIR)
        .includeAssignedTasks());
    explain("chair, all tasks", TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR), () -> taskService.createTaskQuery());
    explain("chair, lapsed decisions", TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR), () -> taskService
        .createTaskQuery().taskDefinitionKeyIn(Element.DECIDE_LAPSED_ACTION, Element.DECIDE_EXTENSION)
        .taskCandidateUser(TestPeople.CHAIR).includeAssignedTasks());
    explainPage("owner, assigned, first 15 by due date", owner, List.of(ownerGroup), () -> taskService
        .createTaskQuery().taskAssignee(owner).orderByDueDate().asc().orderByTaskCreateTime().asc());
    explainPage("chair, evidence to verify, first 15 by due date", TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR),
        () -> taskService.createTaskQuery().taskDefinitionKey(Element.VERIFY_EVIDENCE)
            .taskCandidateUser(TestPeople.CHAIR).includeAssignedTasks().orderByDueDate().asc()
            .orderByTaskCreateTime().asc());
    measure("owner", owner, List.of(ownerGroup), List.of(TasklistFilters.Names.MY_ACTIONS,
        TasklistFilters.Names.DUE_SOON, TasklistFilters.Names.OVERDUE));
    measure("chair", TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR), List.of(
        TasklistFilters.Names.EVIDENCE_TO_VERIFY, TasklistFilters.Names.LAPSED_DECISIONS));
  }

  /** Copies one action's engine rows {@code count} times, the owner and agency moved round the bench's own. */
  private void copy(String pi, String taskId, String owner, String group, String prefix, int from, int count) {
    String id = "'" + prefix + "' || g.i";
    String newOwner = "'bench.owner.' || (g.i % " + OWNERS + ")";
    String newGroup = "'bench-agency-' || (g.i % " + OWNERS + " % " + AGENCIES + ")";
    String series = " from generate_series(" + (from + 1) + ", " + (from + count) + ") g(i)";
    insert("act_ru_execution", "select * from act_ru_execution where id_ = '" + pi + "'", Map.of(
        "id_", id + " || 'p'", "proc_inst_id_", id + " || 'p'", "root_proc_inst_id_", id + " || 'p'",
        "business_key_", "null"), series);
    insert("act_ru_task", "select * from act_ru_task where id_ = '" + taskId + "'", Map.of("id_", id + " || 't'",
        "proc_inst_id_", id + " || 'p'", "execution_id_", id + " || 'p'",
        "assignee_", "case when t.assignee_ is null then null else " + newOwner + " end",
        "due_date_", "t.due_date_ + (g.i % 400 - 200) * interval '1 day'"), series);
    insert("act_ru_identitylink", "select * from act_ru_identitylink where task_id_ = '" + taskId + "'", Map.of(
        "id_", id + " || 'l' || t.id_", "task_id_", id + " || 't'",
        "group_id_", "case when t.group_id_ = '" + group + "' then " + newGroup + " else t.group_id_ end",
        "user_id_", "case when t.user_id_ = '" + owner + "' then " + newOwner + " else t.user_id_ end"), series);
    insert("act_ru_variable", "select * from act_ru_variable where task_id_ = '" + taskId + "' and bytearray_id_ is null",
        Map.of("id_", id + " || 'v' || t.id_", "task_id_", id + " || 't'", "proc_inst_id_", id + " || 'p'",
            "execution_id_", id + " || 'p'", "var_scope_", id + " || 't'"), series);
    insert("act_ru_authorization", "select * from act_ru_authorization where resource_id_ in ('" + pi + "', '" + taskId
        + "')", Map.of("id_", id + " || 'a' || t.id_",
        "resource_id_", "case when t.resource_id_ = '" + pi + "' then " + id + " || 'p' else " + id + " || 't' end",
        "group_id_", "case when t.group_id_ = '" + group + "' then " + newGroup + " else t.group_id_ end",
        "user_id_", "case when t.user_id_ = '" + owner + "' then " + newOwner + " else t.user_id_ end",
        "root_proc_inst_id_", "case when t.root_proc_inst_id_ is null then null else " + id + " || 'p' end"), series);
  }

  /** INSERT INTO table SELECT every column, replaced where given, from the template rows times the series. */
  private void insert(String table, String template, Map<String, String> replaced, String series) {
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ? "
        + "order by ordinal_position", String.class, table);
    List<String> values = columns.stream().map(c -> replaced.getOrDefault(c, "t." + c)).toList();
    jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from (" + template + ") t cross join lateral (select g.i" + series + ") g");
  }

  private List<String> grantsOf(String pi, String taskId) {
    return jdbc.queryForList("select resource_type_ || ':' || coalesce(group_id_, user_id_) || ':' || perms_ "
        + "from act_ru_authorization where resource_id_ in (?, ?) order by 1", String.class, pi, taskId);
  }

  private void measure(String who, String user, List<String> groups, List<String> filterNames) {
    // What "authorizationCheckRevokes: auto" (the default) asks once per command: may a REVOKE apply to this user?
    String revokes = "select case when exists (select ID_ from ACT_RU_AUTHORIZATION where TYPE_ = 2 and (USER_ID_ in (?, '*')"
        + " or GROUP_ID_ in (" + String.join(",", groups.stream().map(g -> "?").toList()) + "))) then 1 else 0 end";
    Object[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(user), groups.stream()).toArray();
    sample(who + ": the per-command revoke check of authorizationCheckRevokes=auto",
        () -> jdbc.queryForObject(revokes, Integer.class, args));
    identityService.setAuthentication(user, groups);
    try {
      sample(who + ": task count (all visible)", () -> taskService.createTaskQuery().count());
      for (String name : filterNames) {
        Filter filter = filters.createFilterQuery().filterName(name).list().get(0);
        long count = filters.count(filter.getId());
        sample(who + ": filter '" + name + "' count (" + count + ")", () -> filters.count(filter.getId()));
        sample(who + ": filter '" + name + "' list of 15 with their variables", () -> {
          List<Task> page = filters.listPage(filter.getId(), 0, 15);
          String[] ids = page.stream().map(Task::getId).toArray(String[]::new);
          if (ids.length > 0) {
            runtimeService.createVariableInstanceQuery().taskIdIn(ids).variableNameIn(TaskContext.REVIEW, TaskContext.DUE_DATE, TaskContext.STATUS)
                .list();
          }
          return page.size();
        });
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** One warm-up, then up to 40 runs or as many as fit in 10 seconds, whichever is fewer (at least one). */
  private static void sample(String label, Supplier<?> work) {
    work.get();
    List<Double> times = new ArrayList<>();
    long start = System.nanoTime();
    while (times.size() < 40 && (times.isEmpty() || System.nanoTime() - start < 10_000_000_000L)) {
      long t = System.nanoTime();
      work.get();
      times.add((System.nanoTime() - t) / 1e6);
    }
    times.sort(null);
    int n = times.size();
    System.out.printf("BENCHMARK %s: median %.1f ms, p95 %.1f ms (%d runs after a warm-up)%n", label, times.get(n / 2),
        times.get((int) Math.ceil(n * 0.95) - 1), n);
  }

  /**
   * EXPLAIN ANALYZE of the count the engine runs for the query as this user: the statement and its parameters
   * are taken from the engine's own mapping inside a command, after the engine added its permission check.
   */
  private void explain(String label, String user, List<String> groups, Supplier<TaskQuery> query) throws Exception {
    explain(label, user, groups, query, "selectTaskCountByQueryCriteria", 0);
  }

  /** The same for the list call Tasklist makes: the first 15 rows in the query's order. */
  private void explainPage(String label, String user, List<String> groups, Supplier<TaskQuery> query) throws Exception {
    explain(label, user, groups, query, "selectTaskByQueryCriteria", 15);
  }

  private void explain(String label, String user, List<String> groups, Supplier<TaskQuery> query, String statement,
      int rows) throws Exception {
    identityService.setAuthentication(user, groups);
    Object[] bound = new Object[2];
    try {
      configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl q = (TaskQueryImpl) query.get();
        context.getAuthorizationManager().configureTaskQuery(q);
        if (rows > 0) {
          q.setFirstResult(0);
          q.setMaxResults(rows);
        }
        DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
        var mybatis = configuration.getSqlSessionFactory().getConfiguration();
        BoundSql sql = mybatis.getMappedStatement(factory.mapStatement(statement)).getBoundSql(q);
        MetaObject meta = mybatis.newMetaObject(q);
        List<Object> params = new ArrayList<>();
        for (ParameterMapping p : sql.getParameterMappings()) {
          params.add(sql.hasAdditionalParameter(p.getProperty()) ? sql.getAdditionalParameter(p.getProperty())
              : meta.getValue(p.getProperty()));
        }
        bound[0] = sql.getSql();
        bound[1] = params;
        return null;
      });
    } finally {
      identityService.clearAuthentication();
    }
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("explain (analyze, buffers off) " + bound[0])) {
      List<?> params = (List<?>) bound[1];
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          plan.append("BENCHMARK   ").append(rs.getString(1)).append('\n');
        }
      }
    }
    System.out.printf("BENCHMARK EXPLAIN ANALYZE %s:%n%s", label, plan);
    System.out.println("BENCHMARK   SQL: " + ((String) bound[0]).replaceAll("\\s+", " "));
  }
}
