package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The check on the embedded database, and how the statements are derived from the engine's mapping. */
class TaskQueryGrantCheckTest extends TaskQueryGrantCheckTestSupport {

  @Test
  void theBundledEnginesMappingIsDerivedWithoutTheGrantJoinForThePlainRule() {
    String derived = TaskQueryGrantCheck.derive(TaskQueryGrantCheckPlugin.engineMapping());
    assertThat(derived).contains("<select id=\"selectTaskByQueryCriteria_grantLookup\"", "<select id=\"selectTaskCountByQueryCriteria_grantLookup\"",
        "<include refid=\"grantCheck\"/>", "and RES.ID_ in (\n", "<select id=\"selectReaderHoldsEveryTask\"")
        .doesNotContain("refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck\" />\n      <include refid=\"org.camunda.bpm.engine.impl.persistence.entity.TenantEntity");
  }

  @Test
  void anEngineWhoseMappingChangedKeepsItsOwnStatements() {
    String engine = TaskQueryGrantCheckPlugin.engineMapping();
    assertThatThrownBy(() -> TaskQueryGrantCheck.derive(engine.replace("D.KEY_ ${authJoinSeparator}", "D.KEY_ ,")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("0 times");
    assertThatThrownBy(() -> TaskQueryGrantCheck.derive(engine.replace("<sql id=\"columnSelection\">", "<sql id=\"cols\">")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("columnSelection");
  }
}
