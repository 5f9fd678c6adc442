package org.reviewactions.identity;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Whether the reader of a task query holds a grant on every task: asked by {@link TaskQueryGrantCheck}'s statements
 * while MyBatis writes them, so that a reader who may read everything (a chair) gets a statement with no permission
 * check and every other reader one driven from their own grants. Two forms, because no single statement serves both:
 * "everything, or the tasks my grants name" is an {@code or} the database can only answer by reading every task.
 *
 * <p>Public only because MyBatis's expression language calls it from the mapping.
 */
public final class EveryTaskGrant {

  private static final String STATEMENT = TaskQueryGrantCheck.NAMESPACE + "." + TaskQueryGrantCheck.EVERY_TASK;

  private EveryTaskGrant() {}

  /**
   * Whether the reader of {@code query} (its authorization check: user, groups, permissions) holds a grant, not a
   * revoke, on every task or on every definition's tasks.
   *
   * @throws IllegalStateException outside an engine command, where there is no session to ask in
   */
  public static boolean heldBy(Object query) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("A task query's permission check is written only inside an engine command");
    }
    return !context.getDbSqlSession().getSqlSession().selectList(STATEMENT, query).isEmpty();
  }
}
