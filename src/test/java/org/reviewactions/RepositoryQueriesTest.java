package org.reviewactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.PinnedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The JPA repositories are made on first use, not at start (application.yaml, bootstrap-mode: lazy), so a query
 * method that does not fit the entities would fail a user's first request rather than the start. Here every
 * repository is made, which checks each of its query methods against the entities, and used once.
 */
@SpringBootTest
@TestPropertySource(locations = "classpath:test-application.properties")
@ContextConfiguration(initializers = PinnedClock.class)
class RepositoryQueriesTest {

  @Autowired ApplicationContext context;

  @Test
  void everyRepositoryIsMadeWithItsQueriesAndAnswers() {
    Map<String, Repository> repositories = context.getBeansOfType(Repository.class);

    assertThat(repositories).hasSize(18);
    repositories.forEach((name, repository) ->
        assertThat(((CrudRepository<?, ?>) repository).count()).as(name).isGreaterThanOrEqualTo(0));
  }
}
