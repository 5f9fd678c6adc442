package org.reviewactions.identity;

import org.junit.jupiter.api.AfterAll;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparison on PostgreSQL, whose planner the check is written for. */
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaskQueryGrantCheckPostgresIT extends TaskQueryGrantCheckTestSupport {

  private static final PostgresDatabase DB = PostgresDatabase.create();

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
}
