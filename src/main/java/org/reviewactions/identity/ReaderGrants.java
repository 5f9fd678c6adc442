package org.reviewactions.identity;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Which form of the permission check a task query's reader gets, asked by {@link TaskQueryGrantCheck}'s statements
 * while MyBatis writes them. No single statement is fast for every reader, because the database plans a statement by
 * its shape, not by how many grants the reader turns out to hold:
 * <ul>
 *   <li>{@link #EVERY}: the reader holds a grant on every task (a chair): no task needs checking.
 *   <li>{@link #FEW}: at most {@link #FEW_GRANTS} grants (an owner of a few dozen actions): the tasks are read by
 *       the ids their grants name, so a count or a page reads the reader's own tasks, not every open task.
 *   <li>{@link #MANY}: more: each task the other criteria select is looked up in the reader's grants, hashed once;
 *       driven from thousands of grants instead, a page of 15 in creation order read every one of the reader's tasks
 *       (at 50,000 open actions, an owner of 5,003: 47 ms of database time against 14).
 * </ul>
 *
 * <p>Public only because MyBatis's expression language calls it from the mapping.
 */
public final class ReaderGrants {

  static final String EVERY = "every";
  static final String FEW = "few";
  static final String MANY = "many";
  /** Where reading the reader's tasks by id stops paying: a pk lookup per grant, against a hashed check per task. */
  static final int FEW_GRANTS = 1000;

  private ReaderGrants() {}

  /**
   * {@link #EVERY}, {@link #FEW} or {@link #MANY}, for the reader of {@code query} (its authorization check: user,
   * groups, permissions), counting grants only, not revokes, as the engine's plain rule does.
   *
   * @throws IllegalStateException outside an engine command, where there is no session to ask in
   */
  public static String formFor(Object query) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("A task query's permission check is written only inside an engine command");
    }
    var session = context.getDbSqlSession().getSqlSession();
    if (!session.selectList(TaskQueryGrantCheck.NAMESPACE + "." + TaskQueryGrantCheck.EVERY_TASK, query).isEmpty()) {
      return EVERY;
    }
    Long grants = session.selectOne(TaskQueryGrantCheck.NAMESPACE + "." + TaskQueryGrantCheck.GRANTS_UP_TO, query);
    return grants != null && grants > FEW_GRANTS ? MANY : FEW;
  }
}
