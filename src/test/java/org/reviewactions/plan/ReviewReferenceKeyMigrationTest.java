package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V5 makes review references unique whatever their capitals, including on a database where the same
 * review was already imported twice under different capitals. {@link ReviewReferenceKeyPostgresIT}
 * runs the same on PostgreSQL.
 */
class ReviewReferenceKeyMigrationTest {

  @Test
  void onH2() {
    check(new DriverManagerDataSource("jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  static void check(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    flyway(dataSource).target("3").load().migrate();
    for (String ref : List.of("T-LATIN1", "t-latin1", "SCR Baby A")) {
      jdbc.update("insert into review (reference, title, board, publication_date, imported_at) "
          + "values (?, 'SCR', 'LSCB', date '2006-02-01', current_timestamp)", ref);
    }

    flyway(dataSource).load().migrate();

    assertThat(jdbc.queryForList("select reference_key from review order by id", String.class))
        .hasSize(3).startsWith("t-latin1").contains("scr baby a")
        .anySatisfy(key -> assertThat(key).matches("t-latin1~\\d+"));
    assertThatThrownBy(() -> new JdbcTemplate(dataSource).update("insert into review (reference, reference_key, title, "
        + "board, publication_date, imported_at) values ('Scr Baby A', 'scr baby a', 'SCR', 'LSCB', date '2006-02-01', "
        + "current_timestamp)")).isInstanceOf(DataIntegrityViolationException.class);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
  }
}
