package org.reviewactions.identity;

/**
 * The engine's list of the groups that hold any grant ({@code selectAuthorizedGroupIds}), asked once in every command
 * that checks a reader's permissions, so for every Tasklist list, count and filter. The engine asks it as
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, which reads every grant: one per open task, so at
 * 50,000 open actions about 20 ms of every call, whatever the call. Here the same groups are found by stepping
 * through the engine's index on the group ({@code ACT_IDX_AUTH_GROUP_ID}) from one group to the next: one index
 * probe per group, a few dozen however many tasks there are.
 */
final class AuthorizedGroupIds {

  static final String NAMESPACE = "org.reviewactions.identity.AuthorizedGroupIds";
  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String STATEMENT = ENGINE_STATEMENT + "_byIndex";

  /* Each row the next group after the one before; null once there is none (the engine drops nulls itself). */
  static final String MAPPER = """
      <?xml version="1.0" encoding="UTF-8" ?>
      <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
      <mapper namespace="%s">
        <select id="%s" resultType="string">
          with recursive NEXT_GROUP (GROUP_ID_) as (
            select min(FIRST_GRANT.GROUP_ID_) from ${prefix}ACT_RU_AUTHORIZATION FIRST_GRANT
            union all
            select (select min(LATER_GRANT.GROUP_ID_) from ${prefix}ACT_RU_AUTHORIZATION LATER_GRANT
                    where LATER_GRANT.GROUP_ID_ &gt; NEXT_GROUP.GROUP_ID_)
            from NEXT_GROUP where NEXT_GROUP.GROUP_ID_ is not null
          )
          select GROUP_ID_ from NEXT_GROUP where GROUP_ID_ is not null
        </select>
      </mapper>
      """.formatted(NAMESPACE, STATEMENT);

  private AuthorizedGroupIds() {}
}
