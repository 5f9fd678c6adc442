package org.reviewactions.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * The expressions a query would evaluate, its own and those of each nested "or" query. Camunda's
 * own ad hoc check looks only at the top-level query, so {@code orQueries} slipped through.
 */
final class QueryExpressions {

  private QueryExpressions() {}

  /** Descriptions such as {@code taskAssignee} or {@code taskAssignee in or-query 1}; empty when none. */
  static List<String> in(Object query) {
    List<String> found = new ArrayList<>();
    if (!(query instanceof AbstractQuery<?, ?> top)) {
      return found;
    }
    top.getExpressions().keySet().stream().sorted().forEach(found::add);
    if (query instanceof TaskQueryImpl taskQuery) {
      List<TaskQueryImpl> queries = taskQuery.getQueries();
      for (int i = 0; i < queries.size(); i++) {
        TaskQueryImpl nested = queries.get(i);
        if (nested == taskQuery) {
          continue;
        }
        int number = i;
        nested.getExpressions().keySet().stream().sorted().forEach(name -> found.add(name + " in or-query " + number));
      }
    }
    return found;
  }
}
