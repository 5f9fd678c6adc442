package org.reviewactions.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
 * Makes the engine run its task queries through {@link TaskQueryGrantCheck}: the derived statements are added to the
 * engine's MyBatis configuration and the engine's statement names are mapped to them, as the engine maps its own
 * database-specific statements. If the engine's mapping cannot be derived from, the engine's statements stay and
 * the log says why: slower for owners, but the same answers.
 */
@Component
class TaskQueryGrantCheckPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskQueryGrantCheckPlugin.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    String mapper;
    try {
      mapper = TaskQueryGrantCheck.derive(engineMapping());
    } catch (IllegalStateException e) {
      log.error("Task queries keep the engine's permission join, which compares every task with every grant of the"
          + " reader's: {}", e.getMessage());
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // A shared session factory (several engines in one JVM) holds the statements already.
    if (!mybatis.hasStatement(TaskQueryGrantCheck.statement(TaskQueryGrantCheck.COUNT), false)) {
      new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis,
          TaskQueryGrantCheck.NAMESPACE, mybatis.getSqlFragments()).parse();
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.put(TaskQueryGrantCheck.LIST, TaskQueryGrantCheck.statement(TaskQueryGrantCheck.LIST));
    mappings.put(TaskQueryGrantCheck.COUNT, TaskQueryGrantCheck.statement(TaskQueryGrantCheck.COUNT));
    sessions.setStatementMappings(mappings);
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
