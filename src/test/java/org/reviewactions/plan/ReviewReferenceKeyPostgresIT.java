package org.reviewactions.plan;

import org.junit.jupiter.api.Test;
import org.reviewactions.it.PostgresDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V5 on the real PostgreSQL server: see {@link ReviewReferenceKeyMigrationTest}. */
class ReviewReferenceKeyPostgresIT {

  @Test
  void referencesBecomeUniqueWhateverTheirCapitalsOnPostgres() {
    PostgresDatabase db = PostgresDatabase.create();
    try {
      ReviewReferenceKeyMigrationTest.check(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    } finally {
      db.drop();
    }
  }
}
