package org.reviewactions.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine run its task queries through {@link TaskQueryGrantCheck}, and find the groups that hold grants
 * through {@link AuthorizedGroupIds}: our statements are added to the engine's MyBatis configuration and the engine's
 * statement names are mapped to them, as the engine maps its own database-specific statements. If the engine's task
 * mapping cannot be derived from, the engine's task statements stay and the log says why: slower for owners, but the
 * same answers.
 */
@Component
class TaskQueryGrantCheckPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskQueryGrantCheckPlugin.class);
  /** The databases whose recursive queries {@link AuthorizedGroupIds} is written in and tested on. */
  private static final Set<String> BY_INDEX = Set.of("postgres", "h2");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Map<String, String> ours = new HashMap<>();
    if (BY_INDEX.contains(configuration.getDatabaseType())) {
      addMapper(configuration, AuthorizedGroupIds.NAMESPACE, AuthorizedGroupIds.MAPPER, AuthorizedGroupIds.STATEMENT);
      ours.put(AuthorizedGroupIds.ENGINE_STATEMENT, AuthorizedGroupIds.NAMESPACE + "." + AuthorizedGroupIds.STATEMENT);
    }
    try {
      addMapper(configuration, TaskQueryGrantCheck.NAMESPACE, TaskQueryGrantCheck.derive(engineMapping()),
          TaskQueryGrantCheck.COUNT + TaskQueryGrantCheck.SUFFIX);
      ours.put(TaskQueryGrantCheck.LIST, TaskQueryGrantCheck.statement(TaskQueryGrantCheck.LIST));
      ours.put(TaskQueryGrantCheck.COUNT, TaskQueryGrantCheck.statement(TaskQueryGrantCheck.COUNT));
    } catch (IllegalStateException e) {
      log.error("Task queries keep the engine's permission join, which compares every task with every grant of the"
          + " reader's: {}", e.getMessage());
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.putAll(ours);
    sessions.setStatementMappings(mappings);
  }

  private static void addMapper(ProcessEngineConfigurationImpl configuration, String namespace, String mapper,
      String oneStatement) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // A shared session factory (several engines in one JVM) holds the statements already.
    if (!mybatis.hasStatement(namespace + "." + oneStatement, false)) {
      new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis, namespace,
          mybatis.getSqlFragments()).parse();
    }
  }

  static String engineMapping() {
    try (InputStream in = ReflectUtil.getResourceAsStream(TaskQueryGrantCheck.ENGINE_MAPPING)) {
      if (in == null) {
        throw new IllegalStateException("The engine's task mapping " + TaskQueryGrantCheck.ENGINE_MAPPING + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
