package org.reviewactions.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's task query (Tasklist's lists and counts, {@code /task}, {@code /task/count}, every filter) with its
 * permission check written so that the database checks each task once instead of against every grant of the reader's.
 *
 * <p>The engine joins each task to the reader's grants {@code on AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}. No
 * database can hash or merge a join on three columns at once, so each task is compared with every grant: for an owner
 * one grant per open task of theirs, so an unfiltered count compared every open task with each of them (11.25
 * million comparisons, 6 to 8 s, for an owner of 225 tasks among 50,000). Here the same rule is asked in one of
 * three forms, chosen by how many grants the reader holds, looked up before the statement is written
 * ({@link ReaderGrants}): none for a reader holding a grant on every task ({@code *}); for a reader of a few grants,
 * "the tasks whose id they hold a grant on, and the tasks of the definitions whose key they hold a grant on", one
 * {@code RES.ID_ in (...)} the database answers from the reader's grants, so an owner's count or page reads the
 * owner's own tasks instead of every open task and grows with the owner's work, not with everyone's; for a reader of
 * many, three lookups per task in the reader's grants (its id, its definition's key, hashed once per query), which is
 * also the form for anything unforeseen, so no answer of the lookup can leave a statement unchecked. Who may read
 * which task is exactly the engine's rule (same grants, same permissions, same resource ids, case tasks as the
 * engine treats them); the engine's own form is used, unchanged, whenever the rule is not the plain one: when
 * revokes are checked ({@code authorizationCheckRevokes}) or the check is composite.
 *
 * <p>The definition's key is asked as "the task's definition is one whose key the reader holds a grant on": the
 * same rule, but it reads the few definitions instead of joining each task to its definition, so when nothing else
 * needs the definition PostgreSQL leaves that join out.
 *
 * <p>The engine selects and counts {@code distinct} tasks because its grant join, and the identity-link and
 * sort-by-variable joins, can repeat a task. When none of those joins is made, no task can appear twice, and then
 * these statements leave {@code distinct} out: with it the database must gather and de-duplicate every matching task
 * before it can count them or hand back the first 15 (at 50,000 open tasks, an owner's 5,000 tasks were sorted and
 * de-duplicated in full for a page of 15); without it a page is read from an index in order and stops at 15.
 *
 * <p>The statements are derived when the engine starts from the engine's own mapping ({@code Task.xml}) by exact
 * replacements, so every other criterion of the query stays the engine's. If an engine upgrade changes the text they
 * replace, {@link #derive} fails and the engine's statements are kept ({@link TaskQueryGrantCheckPlugin}).
 */
final class TaskQueryGrantCheck {

  static final String NAMESPACE = "org.reviewactions.identity.TaskQueryGrantCheck";
  static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  static final String LIST = "selectTaskByQueryCriteria";
  static final String COUNT = "selectTaskCountByQueryCriteria";
  /** Our statements' names: not the engine's, which must stay unambiguous for MyBatis. */
  static final String SUFFIX = "_grantLookup";
  /** Our statements answering whether the reader holds a grant on every task, and how many grants ({@link ReaderGrants}). */
  static final String EVERY_TASK = "selectReaderHoldsEveryTask";
  static final String GRANTS_UP_TO = "selectReadersGrantsUpTo";

  private static final String AUTH = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.";

  /** When the plain rule applies: grants only, no composite check. The engine's join stays for anything else. */
  private static final String OWN_CHECK = "!authCheck.revokeAuthorizationCheckEnabled and (authCheck.permissionChecks"
      + ".compositeChecks == null or authCheck.permissionChecks.compositeChecks.size == 0)";
  /** When the engine's own grant join is made (inside its test that a check is made for a user at all). */
  private static final String ENGINE_JOIN = "!authCheck.revokeAuthorizationCheckEnabled and !(" + OWN_CHECK + ")";

  private static final Pattern GRANT_JOIN = Pattern.compile("<if test=\"!authCheck\\.revokeAuthorizationCheckEnabled\">"
      + "(\\s*<include refid=\"" + Pattern.quote(AUTH + "authCheckJoinWithoutOnClause") + "\"\\s*/>\\s*"
      + "AUTH ON \\(AUTH\\.RESOURCE_ID_ \\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_ "
      + "\\$\\{authJoinSeparator} '\\*' \\$\\{authJoinEnd}\\)\\s*</if>)");
  /** The engine's own test for joining the identity links, which can repeat a task. */
  private static final Pattern LINK_JOIN = Pattern.compile(
      "<if test=\"([^\"]*candidateUser[^\"]*)\">\\s*<bind name=\"I_JOIN\" value=\"true\"\\s*/>\\s*</if>");
  private static final String DISTINCT = "select ${distinct}";
  private static final String COUNT_DISTINCT = "${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}";
  private static final String COUNT_DISTINCT_END = "${countDistinctAfterEnd}";

  /*
   * Whether a task can appear more than once in the rows: the engine's grant join is made (a task meets each grant
   * that lets the reader see it), the identity links are joined (the engine's own test, copied from its mapping), or
   * the rows are joined to what they are sorted by (variables). Bound before the select, because the engine binds its
   * own join flags only inside the criteria, after the select list.
   */
  private static final String ROWS_MAY_REPEAT = """
        <bind name="ratRowsMayRepeat" value="authCheck.shouldPerformAuthorizatioCheck and authCheck.authUserId != null
          and %s" />
        <foreach collection="queries" item="query">
          <if test="%s"><bind name="ratRowsMayRepeat" value="true" /></if>
        </foreach>
        <foreach collection="orderingProperties" item="orderingProperty">
          <if test="orderingProperty.relation != null"><bind name="ratRowsMayRepeat" value="true" /></if>
        </foreach>
      """;

  private static final Pattern GRANT_CONDITION =
      Pattern.compile("<include refid=\"" + Pattern.quote(AUTH + "contextualAuthorizationCheck") + "\"\\s*/>");

  /*
   * The reader's grants that let them read a task: the engine's own selection (grants, not revokes; the user, '*'
   * or one of their groups; task READ or definition READ_TASK) as its authCheckJoinWithoutOnClauseWithBinding makes
   * it, projected to the resource id. The names it reads (the reader's groups, the checks, whether any one suffices)
   * are bound once in readersGrantsNames, which each statement using it includes first.
   */
  private static final String OWN_FRAGMENTS = """
        <sql id="readersGrantsNames">
          <bind name="authGroupIds" value="authCheck.authGroupIds" />
          <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
          <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
        </sql>

        <sql id="readersGrants">
          select A.RESOURCE_ID_ from ${prefix}ACT_RU_AUTHORIZATION A
          where A.TYPE_ &lt; 2
          and (A.USER_ID_ in (#{authCheck.authUserId, jdbcType=VARCHAR}, '*')
          <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
            or A.GROUP_ID_ in <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
          </if>
          )
          <include refid="%1$satomicChecksOnResourceTypeAndPerms"/>
        </sql>

        <sql id="grantCheck">
          <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
            <choose>
              <when test="%2$s">
                <include refid="readersGrantsNames"/>
                <bind name="ratForm" value="@org.reviewactions.identity.ReaderGrants@formFor(_parameter)" />
                <choose>
                  <when test="ratForm == 'few'">
                    and RES.ID_ in (
                      <include refid="readersGrants"/>
                      union all
                      select GRANTED_TASK.ID_ from ${prefix}ACT_RU_TASK GRANTED_TASK
                      where GRANTED_TASK.PROC_DEF_ID_ in (select GRANTED.ID_ from ${prefix}ACT_RE_PROCDEF GRANTED
                        where GRANTED.KEY_ in (<include refid="readersGrants"/>))
                      <if test="applyAuthorizationCheckForCaseInstances">
                        union all
                        select CASE_TASK.ID_ from ${prefix}ACT_RU_TASK CASE_TASK where CASE_TASK.CASE_EXECUTION_ID_ is not null
                      </if>
                    )
                  </when>
                  <when test="ratForm == 'every'">
                  </when>
                  <otherwise>
                    and (
                      <if test="applyAuthorizationCheckForCaseInstances">RES.CASE_EXECUTION_ID_ is not null or</if>
                      RES.ID_ in (<include refid="readersGrants"/>)
                      or RES.PROC_DEF_ID_ in (select GRANTED.ID_ from ${prefix}ACT_RE_PROCDEF GRANTED
                        where GRANTED.KEY_ in (<include refid="readersGrants"/>))
                    )
                  </otherwise>
                </choose>
              </when>
              <otherwise>
                <include refid="%1$scontextualAuthorizationCheck" />
              </otherwise>
            </choose>
          </if>
        </sql>

        <select id="%3$s" parameterType="org.camunda.bpm.engine.impl.db.ListQueryParameterObject" resultType="int">
          <include refid="readersGrantsNames"/>
          select 1 from (<include refid="readersGrants"/>) EVERY where EVERY.RESOURCE_ID_ = '*'
        </select>

        <select id="%4$s" parameterType="org.camunda.bpm.engine.impl.db.ListQueryParameterObject" resultType="long">
          <include refid="readersGrantsNames"/>
          select count(*) from (select 1 AS FOUND from (<include refid="readersGrants"/>) HELD limit %5$d) UP_TO_LIMIT
        </select>
      """;

  private TaskQueryGrantCheck() {}

  /** The full name of our statement standing in for the engine's {@code engineStatement}. */
  static String statement(String engineStatement) {
    return NAMESPACE + "." + engineStatement + SUFFIX;
  }

  /**
   * The mapper that holds {@link #LIST} and {@link #COUNT}, {@link #SUFFIX}ed, in {@link #NAMESPACE}, derived from the engine's
   * {@code Task.xml}.
   *
   * @throws IllegalStateException if the engine's mapping no longer holds the text this replaces, exactly once each
   */
  static String derive(String engineMapping) {
    String criteria = element(engineMapping, "sql", "selectTaskByQueryCriteriaSql");
    Matcher linkJoin = LINK_JOIN.matcher(criteria);
    if (!linkJoin.find()) {
      throw new IllegalStateException("The engine's task query has no identity-link join test: " + LINK_JOIN.pattern());
    }
    String rowsMayRepeat = ROWS_MAY_REPEAT.formatted(ENGINE_JOIN, linkJoin.group(1));
    String list = element(engineMapping, "select", LIST).replace("resultMap=\"taskResultMap\"",
        "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"").replace("id=\"" + LIST + "\"", "id=\"" + LIST + SUFFIX + "\"");
    list = replaceOnce(list, Pattern.compile("(<select [^>]*>)"), "$1" + Matcher.quoteReplacement(rowsMayRepeat));
    list = replaceOnce(list, Pattern.compile(Pattern.quote(DISTINCT)),
        Matcher.quoteReplacement("select <if test=\"ratRowsMayRepeat\">${distinct}</if>"));
    String count = element(engineMapping, "select", COUNT).replace("id=\"" + COUNT + "\"", "id=\"" + COUNT + SUFFIX + "\"");
    count = replaceOnce(count, Pattern.compile("(<select [^>]*>)"), "$1" + Matcher.quoteReplacement(rowsMayRepeat));
    count = replaceOnce(count, Pattern.compile(Pattern.quote(COUNT_DISTINCT)), Matcher.quoteReplacement(
        "<choose><when test=\"ratRowsMayRepeat\">" + COUNT_DISTINCT + "</when><otherwise>select count(RES.ID_)</otherwise></choose>"));
    count = replaceOnce(count, Pattern.compile(Pattern.quote(COUNT_DISTINCT_END)),
        Matcher.quoteReplacement("<if test=\"ratRowsMayRepeat\">" + COUNT_DISTINCT_END + "</if>"));
    String columns = element(engineMapping, "sql", "columnSelection");
    criteria = replaceOnce(criteria, GRANT_JOIN,
        Matcher.quoteReplacement("<if test=\"" + ENGINE_JOIN + "\">") + "$1");
    criteria = replaceOnce(criteria, GRANT_CONDITION, "<include refid=\"grantCheck\"/>");
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        %s
        %s
        %s
        %s
        </mapper>
        """.formatted(NAMESPACE, list, count, columns, criteria, OWN_FRAGMENTS.formatted(AUTH, OWN_CHECK, EVERY_TASK, GRANTS_UP_TO,
            ReaderGrants.FEW_GRANTS + 1));
  }

  private static String element(String mapping, String tag, String id) {
    int start = mapping.indexOf("<" + tag + " id=\"" + id + "\"");
    if (start < 0 || mapping.indexOf("<" + tag + " id=\"" + id + "\"", start + 1) >= 0) {
      throw new IllegalStateException("The engine's task mapping has no single <" + tag + " id=\"" + id + "\">");
    }
    int end = mapping.indexOf("</" + tag + ">", start);
    if (end < 0) {
      throw new IllegalStateException("The engine's task mapping does not close <" + tag + " id=\"" + id + "\">");
    }
    return mapping.substring(start, end + tag.length() + 3);
  }

  private static String replaceOnce(String text, Pattern pattern, String replacement) {
    long found = pattern.matcher(text).results().count();
    if (found != 1) {
      throw new IllegalStateException("The engine's task query holds " + found + " times, not once: " + pattern.pattern());
    }
    return pattern.matcher(text).replaceFirst(replacement);
  }
}
