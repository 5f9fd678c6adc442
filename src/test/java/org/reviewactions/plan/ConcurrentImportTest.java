package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Several plan managers importing the same review at the same moment: one wins, the others are told why. */
@AutoConfigureMockMvc
class ConcurrentImportTest extends ProcessTestSupport {

  private static final int IMPORTS = 5;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void simultaneousImportsOfOneReferenceGiveOneCreatedAndConflictsNeverAServerError() throws Exception {
    TestPlan plan = TestPlan.plan();
    for (int i = 1; i <= 12; i++) {
      plan.action("R" + i, "Recommendation " + i, "Audit the referrals, part " + i, "by March 2026", "Head of Service", agency);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(IMPORTS);
    List<Future<MvcResult>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < IMPORTS; i++) {
        // Case differs per request: the same review however it is written.
        String ref = i % 2 == 0 ? plan.reviewRef() : plan.reviewRef().toLowerCase();
        Callable<MvcResult> upload = () -> {
          start.await();
          return mvc.perform(multipart("/api/action-plans")
                  .file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv()))
                  .param("reviewRef", ref).param("title", "SCR Race").param("board", "Test LSCB")
                  .param("published", "2026-01-15").param("acknowledge", "unreachable")
                  .header("Authorization", SignIn.basic(TestPeople.PLANNER)))
              .andReturn();
        };
        answers.add(threads.submit(upload));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<MvcResult> answer : answers) {
        MvcResult result = answer.get(3, TimeUnit.MINUTES);
        statuses.add(result.getResponse().getStatus());
        if (result.getResponse().getStatus() == 409) {
          assertThat(result.getResponse().getContentAsString()).contains("already been imported");
        }
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(IMPORTS - 1);
    } finally {
      threads.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from review where lower(reference) = lower(?)", Integer.class,
        plan.reviewRef())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from recommendation r join review v on r.review_id = v.id "
        + "where lower(v.reference) = lower(?)", Integer.class, plan.reviewRef())).isEqualTo(12);
  }
}
