package org.reviewactions.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewactions.action.RagSql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, each one aggregate query on {@code plan_action}, {@code recommendation} and
 * {@code review} (indexes in V11): the database counts and pages, so the page costs the same few queries
 * whether there are a hundred actions or fifty thousand. RAG is {@link RagSql}, the rule Tasklist's task
 * priorities follow.
 */
@Component
class DashboardQueries {

  /** Rows of a list on one page. */
  static final int PAGE_SIZE = 25;
  /** "Due soon" looks this many days ahead. */
  static final int SOON_DAYS = 30;

  private static final String FROM = " from plan_action a join recommendation c on c.id = a.recommendation_id"
      + " join review r on r.id = c.review_id";
  /**
   * For counts that read nothing of the recommendation or review: every action has exactly one of each (not-null
   * foreign keys), so the joins change no count, and without them the database reads 50,000 rows, not 150,000.
   */
  private static final String ACTIONS_ONLY = " from plan_action a";
  /** Not ended (ActionStatus.ended): an action closed or withdrawn is never overdue or due. */
  private static final String OPEN = " and a.status not in ('COMPLETE', 'CLOSED_INCOMPLETE', 'WITHDRAWN')";

  /** A review's figures: actions by status and by RAG (names of ActionStatus and Rag). */
  record ReviewFigures(Long id, String reference, String title, Map<String, Long> byStatus, Map<String, Long> byRag) {
    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long status(String name) {
      return byStatus.getOrDefault(name, 0L);
    }

    public long rag(String name) {
      return byRag.getOrDefault(name, 0L);
    }
  }

  /** An action as the dashboard's lists show it. */
  record ActionRow(Long id, String description, String agency, String ownerId, LocalDate dueDate, String status,
      String rag, boolean lapsed, boolean escalated, String processInstanceId, Long reviewId, String reviewTitle,
      String recommendationNumber) {}

  /** A recommendation whose actions are done and which waits for the sub-group's confirmation. */
  record RecommendationRow(Long id, String number, String text, Long reviewId, String reviewTitle, String processInstanceId) {}

  /**
   * In one month: actions closed as complete (verified), actions closed otherwise (by the board without completion,
   * or withdrawn: closures the board needs to see, never counted as complete), and actions due.
   */
  record Month(YearMonth month, long closed, long closedOtherwise, long due) {
    public String name() {
      return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK).format(month);
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final RagSql rag;
  private final Clock clock;

  DashboardQueries(NamedParameterJdbcTemplate jdbc, RagSql rag, Clock clock) {
    this.jdbc = jdbc;
    this.rag = rag;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<ReviewFigures> reviewFigures(DashboardScope scope, DashboardFilter filter) {
    MapSqlParameterSource p = parameters(scope, filter);
    String sql = "select x.review_id, x.reference, x.title, x.status, x.rag, count(*) as n from (select r.id as review_id,"
        + " r.reference, r.title, a.status, " + rag.expression("a") + " as rag" + FROM + where(scope, filter) + ") x"
        + " group by x.review_id, x.reference, x.title, x.status, x.rag order by x.title, x.review_id";
    Map<Long, ReviewFigures> reviews = new LinkedHashMap<>();
    jdbc.query(sql, p, (ResultSet rs) -> {
      ReviewFigures review = reviews.computeIfAbsent(rs.getLong("review_id"), id -> {
        try {
          return new ReviewFigures(id, rs.getString("reference"), rs.getString("title"), new LinkedHashMap<>(), new LinkedHashMap<>());
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      long n = rs.getLong("n");
      review.byStatus().merge(rs.getString("status"), n, Long::sum);
      review.byRag().merge(rs.getString("rag"), n, Long::sum);
    });
    return List.copyOf(reviews.values());
  }

  /** Open actions past their due date, the longest overdue first. */
  @Transactional(readOnly = true)
  Paged<ActionRow> overdue(DashboardScope scope, DashboardFilter filter, int page) {
    return actions(scope, filter, OPEN + " and a.due_date < :ragToday", "a.due_date asc, a.id asc", page);
  }

  /** Open actions due from today to {@link #SOON_DAYS} days ahead, the soonest first. */
  @Transactional(readOnly = true)
  Paged<ActionRow> dueSoon(DashboardScope scope, DashboardFilter filter, int page) {
    return actions(scope, filter, OPEN + " and a.due_date >= :ragToday and a.due_date <= :soonLimit", "a.due_date asc, a.id asc", page);
  }

  private Paged<ActionRow> actions(DashboardScope scope, DashboardFilter filter, String condition, String order, int page) {
    MapSqlParameterSource p = parameters(scope, filter).addValue("soonLimit", rag.today().plusDays(SOON_DAYS));
    String where = where(scope, filter) + condition;
    long total = jdbc.queryForObject("select count(*)" + from(filter) + where, p, Long.class);
    int shown = clamp(page, total);
    p.addValue("offset", (shown - 1) * PAGE_SIZE).addValue("limit", PAGE_SIZE);
    List<ActionRow> rows = jdbc.query("select a.id, a.description, a.agency, a.owner_user_id, a.due_date, a.status, "
        + rag.expression("a") + " as rag, a.lapsed_at, a.escalated_at, a.process_instance_id, r.id as review_id, r.title,"
        + " c.number" + FROM + where + " order by " + order + " offset :offset rows fetch next :limit rows only", p, ACTION_ROW);
    return new Paged<>(rows, shown, PAGE_SIZE, total);
  }

  private static final RowMapper<ActionRow> ACTION_ROW = (rs, i) -> new ActionRow(rs.getLong("id"),
      rs.getString("description"), rs.getString("agency"), rs.getString("owner_user_id"),
      rs.getObject("due_date", LocalDate.class), rs.getString("status"), rs.getString("rag"),
      rs.getObject("lapsed_at") != null, rs.getObject("escalated_at") != null, rs.getString("process_instance_id"),
      rs.getLong("review_id"), rs.getString("title"), rs.getString("number"));

  /**
   * Recommendations waiting for the sub-group's confirmation that have an action in the person's scope and
   * the filters (a recommendation has no agency, status or owner of its own: its actions do).
   */
  @Transactional(readOnly = true)
  Paged<RecommendationRow> awaitingConfirmation(DashboardScope scope, DashboardFilter filter, int page) {
    MapSqlParameterSource p = parameters(scope, filter);
    String where = " from recommendation rc join review rr on rr.id = rc.review_id where rc.status = 'AWAITING_CONFIRMATION'"
        + " and exists (select 1" + FROM + where(scope, filter) + " and c.id = rc.id)";
    long total = jdbc.queryForObject("select count(*)" + where, p, Long.class);
    int shown = clamp(page, total);
    p.addValue("offset", (shown - 1) * PAGE_SIZE).addValue("limit", PAGE_SIZE);
    List<RecommendationRow> rows = jdbc.query("select rc.id, rc.number, rc.text, rr.id as review_id, rr.title,"
        + " rc.process_instance_id" + where + " order by rr.title, rc.position, rc.id offset :offset rows fetch next :limit rows only",
        p, (rs, i) -> new RecommendationRow(rs.getLong("id"), rs.getString("number"), rs.getString("text"),
            rs.getLong("review_id"), rs.getString("title"), rs.getString("process_instance_id")));
    return new Paged<>(rows, shown, PAGE_SIZE, total);
  }

  /** A recommendation confirmed implemented: where its impact stands (RecommendationStatus and ImpactJudgement names). */
  record ImpactRow(Long id, String number, String text, Long reviewId, String reviewTitle, String status,
      String latestJudgement, LocalDate nextCheckDue) {}

  /**
   * Recommendations confirmed implemented at least once (implemented, impact assured, impact not evident) with an
   * action in the person's scope and the filters: their status, latest impact judgement and next check due.
   */
  @Transactional(readOnly = true)
  Paged<ImpactRow> impactChecks(DashboardScope scope, DashboardFilter filter, int page) {
    MapSqlParameterSource p = parameters(scope, filter);
    String where = " from recommendation rc join review rr on rr.id = rc.review_id"
        + " where rc.status in ('IMPLEMENTED', 'IMPACT_ASSURED', 'IMPACT_NOT_EVIDENT')"
        + " and exists (select 1" + FROM + where(scope, filter) + " and c.id = rc.id)";
    long total = jdbc.queryForObject("select count(*)" + where, p, Long.class);
    int shown = clamp(page, total);
    p.addValue("offset", (shown - 1) * PAGE_SIZE).addValue("limit", PAGE_SIZE);
    List<ImpactRow> rows = jdbc.query("select rc.id, rc.number, rc.text, rr.id as review_id, rr.title, rc.status,"
        + " (select ic.judgement from impact_check ic where ic.recommendation_id = rc.id and ic.status = 'ASSESSED'"
        + " order by ic.assessed_at desc, ic.id desc fetch first 1 rows only) as judgement,"
        + " (select min(ic.due_date) from impact_check ic where ic.recommendation_id = rc.id and ic.status = 'DUE') as next_due"
        + where + " order by rr.title, rc.position, rc.id offset :offset rows fetch next :limit rows only",
        p, (rs, i) -> new ImpactRow(rs.getLong("id"), rs.getString("number"), rs.getString("text"),
            rs.getLong("review_id"), rs.getString("title"), rs.getString("status"), rs.getString("judgement"),
            rs.getObject("next_due", LocalDate.class)));
    return new Paged<>(rows, shown, PAGE_SIZE, total);
  }

  /** Actions by RAG for each agency (agency → RAG name → count), agencies by name. */
  @Transactional(readOnly = true)
  Map<String, Map<String, Long>> ragByAgency(DashboardScope scope, DashboardFilter filter) {
    Map<String, Map<String, Long>> agencies = new LinkedHashMap<>();
    jdbc.query("select x.agency, x.rag, count(*) as n from (select a.agency, " + rag.expression("a") + " as rag" + from(filter)
        + where(scope, filter) + ") x group by x.agency, x.rag order by x.agency", parameters(scope, filter), (ResultSet rs) -> {
          agencies.computeIfAbsent(rs.getString("agency"), a -> new LinkedHashMap<>()).put(rs.getString("rag"), rs.getLong("n"));
        });
    return agencies;
  }

  /**
   * For each of the last twelve months (this one last): actions closed as complete in it (by the time of
   * verification, in the application's zone), actions closed without completion or withdrawn in it (by the time
   * the status was kept in {@code action_state_change}; actions older than that table have no such time and are
   * not counted), and actions due in it. Three range queries, one sum per month.
   */
  @Transactional(readOnly = true)
  List<Month> closedAgainstDue(DashboardScope scope, DashboardFilter filter) {
    YearMonth last = YearMonth.now(clock);
    List<YearMonth> months = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      months.add(last.minusMonths(i));
    }
    MapSqlParameterSource p = parameters(scope, filter);
    StringBuilder closed = new StringBuilder("select ");
    StringBuilder due = new StringBuilder("select ");
    StringBuilder otherwise = new StringBuilder("select ");
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      p.addValue("d" + i, m.atDay(1)).addValue("d" + (i + 1), m.plusMonths(1).atDay(1))
          .addValue("c" + i, startOf(m)).addValue("c" + (i + 1), startOf(m.plusMonths(1)));
      String comma = i == 0 ? "" : ", ";
      closed.append(comma).append("sum(case when a.completed_at >= :c").append(i).append(" and a.completed_at < :c")
          .append(i + 1).append(" then 1 else 0 end) as m").append(i);
      due.append(comma).append("sum(case when a.due_date >= :d").append(i).append(" and a.due_date < :d").append(i + 1)
          .append(" then 1 else 0 end) as m").append(i);
      otherwise.append(comma).append("sum(case when x.closed_at >= :c").append(i).append(" and x.closed_at < :c")
          .append(i + 1).append(" then 1 else 0 end) as m").append(i);
    }
    String where = where(scope, filter);
    long[] closedCounts = sums(closed + from(filter) + where + " and a.status = 'COMPLETE' and a.completed_at >= :c0 and a.completed_at < :c12", p);
    long[] dueCounts = sums(due + from(filter) + where + " and a.due_date >= :d0 and a.due_date < :d12", p);
    // The first time the action's present ending status was kept: an ended action does not change again.
    String closedAt = "select s.action_id, min(s.changed_at) as closed_at from action_state_change s join plan_action a"
        + " on a.id = s.action_id" + (filter.reviewId() == null ? "" : FROM.substring(FROM.indexOf(" join")))
        + where + " and a.status in ('CLOSED_INCOMPLETE', 'WITHDRAWN') and s.status = a.status group by s.action_id";
    long[] otherwiseCounts = sums(otherwise + " from (" + closedAt + ") x where x.closed_at >= :c0 and x.closed_at < :c12", p);
    List<Month> result = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      result.add(new Month(months.get(i), closedCounts[i], otherwiseCounts[i], dueCounts[i]));
    }
    return result;
  }

  private long[] sums(String sql, MapSqlParameterSource p) {
    return jdbc.query(sql, p, (ResultSet rs) -> {
      long[] counts = new long[12];
      if (rs.next()) {
        for (int i = 0; i < 12; i++) {
          counts[i] = rs.getLong(i + 1);
        }
      }
      return counts;
    });
  }

  private OffsetDateTime startOf(YearMonth month) {
    return month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The reviews, agencies and owners the person's actions have, for the filters' choices. */
  @Transactional(readOnly = true)
  Map<Long, String> reviews(DashboardScope scope) {
    Map<Long, String> reviews = new LinkedHashMap<>();
    // Those who see everything choose from every review (no join through the actions); others from their actions'.
    String sql = scope.everything() ? "select r.id, r.title from review r order by r.title, r.id"
        : "select distinct r.id, r.title" + FROM + where(scope, DashboardFilter.none()) + " order by r.title, r.id";
    jdbc.query(sql,
        parameters(scope, DashboardFilter.none()), (ResultSet rs) -> {
          reviews.put(rs.getLong("id"), rs.getString("title"));
        });
    return reviews;
  }

  @Transactional(readOnly = true)
  List<String> agencies(DashboardScope scope) {
    if (scope.everything()) {
      return allAgencies().stream().sorted().toList();
    }
    return jdbc.queryForList("select distinct a.agency" + ACTIONS_ONLY + where(scope, DashboardFilter.none()) + " order by a.agency",
        parameters(scope, DashboardFilter.none()), String.class);
  }

  @Transactional(readOnly = true)
  List<String> owners(DashboardScope scope) {
    if (scope.everything()) {
      // Read from the owner index alone.
      return jdbc.queryForList("select distinct owner_user_id from plan_action where owner_user_id is not null"
          + " order by owner_user_id", Map.of(), String.class);
    }
    return jdbc.queryForList("select distinct a.owner_user_id" + ACTIONS_ONLY + where(scope, DashboardFilter.none())
        + " and a.owner_user_id is not null order by a.owner_user_id", parameters(scope, DashboardFilter.none()), String.class);
  }

  /** Every agency named on an action, to find the ones whose group a person is in. */
  @Transactional(readOnly = true)
  List<String> allAgencies() {
    return jdbc.queryForList("select distinct agency from plan_action", Map.of(), String.class);
  }

  private MapSqlParameterSource parameters(DashboardScope scope, DashboardFilter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource(rag.parameters());
    p.addValue("me", scope.userId()).addValue("scopeAgencies", scope.agencies());
    p.addValue("review", filter.reviewId()).addValue("agency", filter.agency())
        .addValue("status", filter.status() == null ? null : filter.status().name()).addValue("owner", filter.ownerId());
    return p;
  }

  /** The person's scope and the filters; values are always parameters, never text in the query. */
  private static String where(DashboardScope scope, DashboardFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!scope.everything()) {
      where.append(scope.agencies().isEmpty() ? " and a.owner_user_id = :me"
          : " and (a.agency in (:scopeAgencies) or a.owner_user_id = :me)");
    }
    if (filter.reviewId() != null) {
      where.append(" and r.id = :review");
    }
    if (filter.agency() != null) {
      where.append(" and a.agency = :agency");
    }
    if (filter.status() != null) {
      where.append(" and a.status = :status");
    }
    if (filter.ownerId() != null) {
      where.append(" and a.owner_user_id = :owner");
    }
    return where.toString();
  }

  /** The joins only when the review filter needs them (see {@link #ACTIONS_ONLY}). */
  private static String from(DashboardFilter filter) {
    return filter.reviewId() == null ? ACTIONS_ONLY : FROM;
  }

  private static int clamp(int page, long total) {
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return Math.min(Math.max(page, 1), pages);
  }
}
