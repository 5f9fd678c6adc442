package org.reviewactions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PlanCacheModeCheck} against connections opened the ways an installation may open them. */
class PlanCacheModeCheckPostgresIT {

  private static final String FORCED = "-c plan_cache_mode=force_custom_plan";
  private static PostgresDatabase db;

  @BeforeAll
  static void database() {
    db = PostgresDatabase.create();
  }

  @AfterAll
  static void drop() {
    db.drop();
  }

  @Test
  void aConnectionWithoutTheSettingIsReportedWithTheServersMode() {
    assertThat(PlanCacheModeCheck.modeIfNotForced(dataSource(db.url(), null))).contains("auto");
  }

  @Test
  void theProfilesConnectionOptionIsNotReported() {
    assertThat(PlanCacheModeCheck.modeIfNotForced(dataSource(db.url(), FORCED))).isEmpty();
  }

  @Test
  void aDatabaseUrlWithItsOwnOptionsOverridesTheProfilesAndIsReported() {
    String url = db.url() + "?options=-c%20statement_timeout=60000";
    assertThat(PlanCacheModeCheck.modeIfNotForced(dataSource(url, FORCED))).contains("auto");
  }

  @Test
  void theSettingMadeOnTheDatabaseIsNotReported() {
    PostgresDatabase own = PostgresDatabase.create();
    try {
      new JdbcTemplate(dataSource(own.url(), null)).execute(
          "alter database " + own.name() + " set plan_cache_mode = force_custom_plan");
      assertThat(PlanCacheModeCheck.modeIfNotForced(dataSource(own.url(), null))).isEmpty();
    } finally {
      own.drop();
    }
  }

  private static DriverManagerDataSource dataSource(String url, String options) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, db.user(), db.password());
    if (options != null) {
      Properties properties = new Properties();
      properties.setProperty("options", options);
      dataSource.setConnectionProperties(properties);
    }
    return dataSource;
  }
}
