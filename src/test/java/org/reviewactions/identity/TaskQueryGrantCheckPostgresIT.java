package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparison on PostgreSQL, whose planner the check is written for. */
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaskQueryGrantCheckPostgresIT extends TaskQueryGrantCheckTestSupport {

  private static final PostgresDatabase DB = PostgresDatabase.create();

  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
  }

  @AfterAll
  static void dropDatabase() {
    DB.drop();
  }

  /*
   * The engine's statements are prepared, and after five runs PostgreSQL may keep one generic plan costed for an
   * average value. On the benchmark's database (12,000 open actions, VACUUM (ANALYZE)) that plan made a chair's count
   * at a step holding 6 tasks walk all 12,461 open tasks: 6.7 ms a run, against 0.1 ms planned for the value
   * (docs/benchmarks.md). So every connection of the application's pool plans each run for its values.
   */
  @Test
  void everyPooledConnectionPlansEachRunOfAStatementForItsValues() throws Exception {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        held.add(dataSource.getConnection());
      }
      for (Connection connection : held) {
        try (Statement sql = connection.createStatement(); ResultSet mode = sql.executeQuery("show plan_cache_mode")) {
          mode.next();
          assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }
}
