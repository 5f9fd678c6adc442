package org.reviewactions.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Has PostgreSQL plan each run of a task query, or of a task filter, for the values it runs with.
 *
 * <p>The engine's statements are prepared, and after five runs PostgreSQL may switch a statement to one generic plan
 * costed for an average value. The task queries filter on columns whose values differ by orders of magnitude in how
 * many rows they hold (a step with 6 open tasks beside one with 50,000; a chair's group beside an owner's name): on
 * the benchmark's database the generic plan of a chair's "Recommendations to confirm" count read every open task,
 * 6.7 ms at 12,000 open actions and 43-51 ms at 50,000, against 0.1 ms planned for the step's value
 * (docs/benchmarks.md, "Generic plans"). So these commands begin with {@code set local plan_cache_mode =
 * force_custom_plan}, which holds until their transaction ends. Every other statement keeps PostgreSQL's default:
 * planning every run of every statement, as a connection setting did before, nearly doubled the database CPU of the
 * import and of each fired lapse (docs/benchmarks.md, "Plans for task queries only"). {@code SET LOCAL} also works
 * through a pooler in transaction mode, where a connection's startup options do not.
 *
 * <p>A task query made inside another command (a job's delegate reading tasks, say) joins that command's transaction,
 * so the statements after it in that transaction are planned for their values too: slower to plan, never a worse
 * plan, as under the connection setting before.
 */
final class TaskQueryPlans extends CommandInterceptor {

  static final String FORCE_CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

  private final ProcessEngineConfigurationImpl configuration;

  TaskQueryPlans(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (readsTasks(command) && "postgres".equals(configuration.getDatabaseType())) {
      forceCustomPlans();
    }
    return next.execute(command);
  }

  /** A task query (list, page or count) or a saved filter's, which Tasklist runs for every list and count. */
  static boolean readsTasks(Command<?> command) {
    return command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
  }

  private static void forceCustomPlans() {
    // The connection of the command's own transaction, the one the query will run on.
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute(FORCE_CUSTOM_PLANS);
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not have the task query planned for its values: " + e.getMessage(), e);
    }
  }
}
