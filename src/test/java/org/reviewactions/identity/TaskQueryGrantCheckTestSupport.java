package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may read which task is the engine's rule, whichever form of the check runs: every query below is run through
 * {@link TaskQueryGrantCheck} and through the engine's own statements, for readers with every kind of grant the
 * engine knows (on the task, on its definition's key, on every task or definition; by user, by group, for
 * everyone; with the right permission and without it) and one reader with a revoke, and must return the same tasks
 * in the same order and the same counts.
 */
abstract class TaskQueryGrantCheckTestSupport extends ProcessTestSupport {

  private static final String[] USERS = {"gc.user.0", "gc.user.1", "gc.user.2", "gc.user.3", "gc.revoked"};
  private static final String[] GROUPS = {"gc.group.0", "gc.group.1", "gc.group.2"};
  private static final String[] KEYS = {"grantCheckA", "grantCheckB"};

  @Autowired AuthorizationService authorizations;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void everyReaderSeesTheSameTasksAsUnderTheEnginesOwnCheck() {
    Random random = new Random(20261130L);
    List<Task> tasks = someTasks(random);
    List<Integer> grantsMade = grantsOfEveryKind(random, tasks);
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(TaskQueryGrantCheck.COUNT))
        .isEqualTo(TaskQueryGrantCheck.statement(TaskQueryGrantCheck.COUNT));

    int compared = 0;
    int seenByAnyone = 0;
    for (String user : USERS) {
      for (List<String> groups : List.of(List.<String>of(), List.of(GROUPS[0]), List.of(GROUPS[1], GROUPS[2]))) {
        for (Map.Entry<String, Supplier<TaskQuery>> query : queries(user, groups).entrySet()) {
          List<String> ours = as(user, groups, () -> ids(query.getValue().get().list()));
          long oursCounted = as(user, groups, () -> query.getValue().get().count());
          List<String> ourPage = as(user, groups, () -> ids(query.getValue().get().orderByDueDate().asc()
              .orderByTaskId().asc().listPage(1, 4)));
          List<String> engines = withEngineStatements(() -> as(user, groups, () -> ids(query.getValue().get().list())));
          long enginesCounted = withEngineStatements(() -> as(user, groups, () -> query.getValue().get().count()));
          List<String> enginePage = withEngineStatements(() -> as(user, groups, () -> ids(query.getValue().get()
              .orderByDueDate().asc().orderByTaskId().asc().listPage(1, 4))));
          String what = user + " in " + groups + ", " + query.getKey();
          assertThat(ours).as(what).containsExactlyInAnyOrderElementsOf(engines);
          assertThat(oursCounted).as(what).isEqualTo(enginesCounted).isEqualTo(engines.size());
          assertThat(ourPage).as(what + ", second page").isEqualTo(enginePage);
          seenByAnyone += ours.size();
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(USERS.length * 3 * 7);
    // The data must make the comparison worth something: some grants of each kind, and readers who see some
    // tasks but not all.
    assertThat(grantsMade).allMatch(n -> n > 0);
    assertThat(seenByAnyone).isGreaterThan(0);
    List<String> all = ids(taskService.createTaskQuery().list());
    assertThat(as(USERS[1], List.of(), () -> ids(taskService.createTaskQuery().list()))).isNotEmpty()
        .hasSizeLessThan(all.size());
  }

  @Test
  void tasksThatCannotRepeatAreCountedAndPagedWithoutDistinct() {
    someTasks(new Random(11));
    List<String> plain = statementsRun(() -> as(USERS[0], List.of(GROUPS[0]), () -> {
      taskService.createTaskQuery().taskAssignee(USERS[0]).orderByDueDate().asc().listPage(0, 15);
      return taskService.createTaskQuery().taskAssignee(USERS[0]).count();
    }));
    List<String> linksJoined = statementsRun(() -> as(USERS[0], List.of(GROUPS[0]), () -> {
      taskService.createTaskQuery().taskCandidateGroup(GROUPS[0]).listPage(0, 15);
      return taskService.createTaskQuery().taskCandidateGroup(GROUPS[0]).count();
    }));
    List<String> sortedByVariable = statementsRun(() -> as(USERS[0], List.of(GROUPS[0]),
        () -> taskService.createTaskQuery().orderByProcessVariable("rank", ValueType.STRING).asc().listPage(0, 15)));

    // A reader who may read every task gets no permission check in the statement; the others one driven from their
    // grants (the tasks their grants name), not a test of every task against their grants.
    grant(Authorization.AUTH_TYPE_GRANT, USERS[3], null, Resources.TASK, Authorization.ANY, Permissions.READ);
    List<String> readsEverything = statementsRun(() -> as(USERS[3], List.of(), () -> {
      taskService.createTaskQuery().listPage(0, 15);
      return taskService.createTaskQuery().count();
    }));

    assertThat(plain).hasSize(2).allSatisfy(sql -> assertThat(sql).doesNotContainIgnoringCase("distinct")
        .containsIgnoringCase("RES.ID_ in ( select A.RESOURCE_ID_").doesNotContain(" or RES.ID_ in"));
    assertThat(readsEverything).hasSize(2).allSatisfy(sql -> assertThat(sql).doesNotContain("ACT_RU_AUTHORIZATION"));
    assertThat(linksJoined).hasSize(2).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("distinct"));
    assertThat(sortedByVariable).hasSize(1).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("distinct"));
  }

  @Test
  void aReaderOfManyGrantsIsCheckedTaskByTaskAndSeesWhatTheEngineShows() {
    List<Task> tasks = someTasks(new Random(3));
    for (int i = 0; i < tasks.size(); i += 2) {
      grant(Authorization.AUTH_TYPE_GRANT, USERS[1], null, Resources.TASK, tasks.get(i).getId(), Permissions.READ);
    }
    // Grants on tasks that have ended count as grants: past ReaderGrants.FEW_GRANTS the reader's form changes.
    for (int i = 0; i <= ReaderGrants.FEW_GRANTS; i++) {
      grant(Authorization.AUTH_TYPE_GRANT, USERS[1], null, Resources.TASK, "ended-task-" + i, Permissions.READ);
    }
    List<String> statements = statementsRun(() -> as(USERS[1], List.of(), () -> {
      taskService.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15);
      return taskService.createTaskQuery().count();
    }));
    List<String> ours = as(USERS[1], List.of(), () -> ids(taskService.createTaskQuery().list()));
    List<String> engines = withEngineStatements(() -> as(USERS[1], List.of(), () -> ids(taskService.createTaskQuery()
        .list())));

    assertThat(statements).hasSize(2).allSatisfy(sql -> assertThat(sql).contains(" or RES.ID_ in ( select A.RESOURCE_ID_"));
    assertThat(ours).isNotEmpty().hasSizeLessThan(tasks.size()).containsExactlyInAnyOrderElementsOf(engines);
    assertThat(as(USERS[1], List.of(), () -> taskService.createTaskQuery().count())).isEqualTo(engines.size());
  }

  @Test
  void theGroupsHoldingGrantsAreFoundAsTheEngineFindsThem() {
    List<Task> tasks = someTasks(new Random(5));
    grantsOfEveryKind(new Random(5), tasks);
    for (int i = 0; i < 3; i++) {
      grant(Authorization.AUTH_TYPE_GRANT, null, "gc.many", Resources.TASK, tasks.get(i).getId(), Permissions.READ);
    }
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(AuthorizedGroupIds.ENGINE_STATEMENT))
        .isEqualTo(AuthorizedGroupIds.NAMESPACE + "." + AuthorizedGroupIds.STATEMENT);

    List<String> ours = configuration.getCommandExecutorTxRequired().execute(context -> context.getDbSqlSession()
        .selectList(AuthorizedGroupIds.ENGINE_STATEMENT, null).stream().map(String.class::cast).toList());
    List<String> engines = configuration.getCommandExecutorTxRequired().execute(context -> context.getDbSqlSession()
        .getSqlSession().selectList(AuthorizedGroupIds.ENGINE_STATEMENT).stream().map(String.class::cast).toList());

    List<String> enginesGroups = engines.stream().filter(java.util.Objects::nonNull).toList();
    assertThat(enginesGroups).contains("gc.many", GROUPS[1], GROUPS[2]).doesNotHaveDuplicates();
    assertThat(ours).containsExactlyInAnyOrderElementsOf(enginesGroups);
  }

  @Test
  void aReaderWithoutAnyGrantSeesNoTask() {
    someTasks(new Random(7));
    assertThat(as("gc.nobody", List.of("gc.nogroup"), () -> taskService.createTaskQuery().count())).isZero();
    assertThat(as("gc.nobody", List.of(), () -> taskService.createTaskQuery().list())).isEmpty();
  }

  private Map<String, Supplier<TaskQuery>> queries(String user, List<String> groups) {
    Map<String, Supplier<TaskQuery>> queries = new java.util.LinkedHashMap<>();
    queries.put("every task", () -> taskService.createTaskQuery());
    queries.put("assigned to the reader", () -> taskService.createTaskQuery().taskAssignee(user));
    queries.put("the reader's groups' candidates", () -> taskService.createTaskQuery()
        .taskCandidateGroupIn(List.of(GROUPS[0], GROUPS[1])));
    queries.put("one step of one definition", () -> taskService.createTaskQuery().processDefinitionKey(KEYS[1])
        .taskDefinitionKey("Task_Second"));
    queries.put("assigned or candidate (an or-query)", () -> taskService.createTaskQuery().or().taskAssignee(user)
        .taskCandidateGroup(GROUPS[2]).endOr());
    queries.put("by name, unassigned", () -> taskService.createTaskQuery().taskNameLike("%Second%").taskUnassigned());
    queries.put("sorted by a process variable", () -> taskService.createTaskQuery()
        .orderByProcessVariable("rank", ValueType.STRING).asc());
    return queries;
  }

  /** Two definitions, three steps each; tasks assigned, offered to groups, or neither; one task outside any process. */
  private List<Task> someTasks(Random random) {
    for (String key : KEYS) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
          .parallelGateway("Fork")
          .userTask("Task_First").name("First " + key)
          .endEvent()
          .moveToNode("Fork").userTask("Task_Second").name("Second " + key).endEvent()
          .moveToNode("Fork").userTask("Task_Third").name("Third " + key).endEvent()
          .done();
      repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    }
    for (int i = 0; i < 12; i++) {
      runtimeService.startProcessInstanceByKey(KEYS[i % 2], Map.of("rank", "r" + (i % 3)));
    }
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(KEYS).list();
    for (Task task : tasks) {
      task.setDueDate(java.util.Date.from(java.time.Instant.parse("2027-03-01T00:00:00Z")
          .plusSeconds(86_400L * random.nextInt(5))));
      taskService.saveTask(task);
      switch (random.nextInt(3)) {
        case 0 -> taskService.setAssignee(task.getId(), USERS[random.nextInt(USERS.length)]);
        case 1 -> taskService.addCandidateGroup(task.getId(), GROUPS[random.nextInt(GROUPS.length)]);
        default -> { }
      }
    }
    Task standalone = taskService.newTask();
    standalone.setName("Standalone Second");
    standalone.setAssignee(USERS[0]);
    taskService.saveTask(standalone);
    return taskService.createTaskQuery().list();
  }

  /** Grants (and one revoke) of every kind the check reads; returns how many of each kind were made. */
  private List<Integer> grantsOfEveryKind(Random random, List<Task> tasks) {
    int[] made = new int[6];
    for (Task task : tasks) {
      if (random.nextInt(3) == 0) {
        made[0] += grant(Authorization.AUTH_TYPE_GRANT, USERS[random.nextInt(4)], null, Resources.TASK, task.getId(),
            Permissions.READ);
      }
      if (random.nextInt(4) == 0) {
        made[1] += grant(Authorization.AUTH_TYPE_GRANT, null, GROUPS[random.nextInt(3)], Resources.TASK, task.getId(),
            Permissions.READ);
      }
      if (random.nextInt(4) == 0) {
        // A grant on the task without read lets its holder work on it, not see it.
        made[2] += grant(Authorization.AUTH_TYPE_GRANT, USERS[random.nextInt(4)], null, Resources.TASK, task.getId(),
            TaskPermissions.TASK_WORK);
      }
    }
    made[3] += grant(Authorization.AUTH_TYPE_GRANT, USERS[2], null, Resources.PROCESS_DEFINITION, KEYS[0],
        ProcessDefinitionPermissions.READ_TASK);
    made[3] += grant(Authorization.AUTH_TYPE_GRANT, null, GROUPS[1], Resources.PROCESS_DEFINITION, KEYS[1],
        ProcessDefinitionPermissions.READ_TASK);
    // Read on the definition itself is not read on its tasks.
    made[3] += grant(Authorization.AUTH_TYPE_GRANT, USERS[3], null, Resources.PROCESS_DEFINITION, KEYS[1],
        ProcessDefinitionPermissions.READ);
    made[4] += grant(Authorization.AUTH_TYPE_GRANT, USERS[3], null, Resources.TASK, Authorization.ANY, Permissions.READ);
    made[4] += grant(Authorization.AUTH_TYPE_GRANT, null, GROUPS[2], Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ_TASK);
    made[5] += grant(Authorization.AUTH_TYPE_GRANT, USERS[4], null, Resources.PROCESS_DEFINITION, KEYS[0],
        ProcessDefinitionPermissions.READ_TASK);
    made[5] += grant(Authorization.AUTH_TYPE_REVOKE, USERS[4], null, Resources.TASK, tasks.get(0).getId(),
        Permissions.READ);
    return List.of(made[0], made[1], made[2], made[3], made[4], made[5]);
  }

  private int grant(int type, String user, String group, Resource resource, String resourceId, Permission permission) {
    var existing = authorizations.createAuthorizationQuery().authorizationType(type).resourceType(resource)
        .resourceId(resourceId);
    if ((user != null ? existing.userIdIn(user) : existing.groupIdIn(group)).count() > 0) {
      return 0;
    }
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
    return 1;
  }

  private <T> T as(String user, List<String> groups, Supplier<T> work) {
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private <T> T withEngineStatements(Supplier<T> work) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    engines.remove(TaskQueryGrantCheck.LIST);
    engines.remove(TaskQueryGrantCheck.COUNT);
    sessions.setStatementMappings(engines);
    try {
      return work.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  /** The SQL of the task statements MyBatis prepared while {@code work} ran, from its statement log. */
  private static List<String> statementsRun(Supplier<?> work) {
    Logger log = (Logger) LoggerFactory.getLogger(TaskQueryGrantCheck.NAMESPACE);
    ListAppender<ILoggingEvent> statements = new ListAppender<>();
    statements.start();
    Level level = log.getLevel();
    log.setLevel(Level.DEBUG);
    log.addAppender(statements);
    try {
      work.get();
    } finally {
      log.detachAppender(statements);
      log.setLevel(level);
    }
    return statements.list.stream().map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.contains("Preparing:") && m.contains("from ACT_RU_TASK RES")).toList();
  }

  private static List<String> ids(List<Task> tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.getId()));
    return ids;
  }
}
