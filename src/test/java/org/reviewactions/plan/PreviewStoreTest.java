package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A previewed plan is held for its uploader only, for half an hour, within a cap. */
class PreviewStoreTest {

  private Instant now = Instant.parse("2026-11-30T09:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };
  private final PreviewStore store = new PreviewStore(clock, ImportLimits.defaults());

  private static ImportCommand plan(String user, int bytes) {
    return new ImportCommand("SCR-1", "SCR", "LSCB", "2026-01-01", "plan.csv", new byte[bytes], true, user);
  }

  @Test
  void findsThePlanByItsTokenForItsUploaderOnly() {
    ImportCommand plan = plan("planner", 10);
    String token = store.keep(plan);

    assertThat(store.find(token, "planner")).contains(plan);
    assertThat(store.find(token, "other-planner")).isEmpty();
    assertThat(store.find(token, "planner")).as("another user's attempt does not spend the token").contains(plan);
    assertThat(store.find("not-a-token", "planner")).isEmpty();
    assertThat(store.find(null, "planner")).isEmpty();
  }

  @Test
  void tokensAreLongRandomAndDifferent() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      tokens.add(store.keep(plan("planner-" + i, 1)));
    }
    assertThat(tokens).hasSize(100).allSatisfy(t -> assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void aPreviewExpiresAfterThirtyMinutes() {
    String token = store.keep(plan("planner", 10));
    now = now.plus(Duration.ofMinutes(29));
    assertThat(store.find(token, "planner")).isPresent();
    now = now.plus(Duration.ofMinutes(1));
    assertThat(store.find(token, "planner")).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void aUserHoldsAFewPreviewsTheOldestGivingWay() {
    String first = store.keep(plan("planner", 1));
    for (int i = 0; i < PreviewStore.PER_USER; i++) {
      store.keep(plan("planner", 1));
    }
    String others = store.keep(plan("other", 1));

    assertThat(store.find(first, "planner")).isEmpty();
    assertThat(store.find(others, "other")).isPresent();
    assertThat(store.size()).isEqualTo(PreviewStore.PER_USER + 1);
  }

  @Test
  void allPreviewsTogetherStayWithinTheCap() {
    int fiveMegabytes = (int) DataSize.ofMegabytes(5).toBytes();
    String first = store.keep(plan("user-0", fiveMegabytes));
    for (int i = 1; i <= PreviewStore.PLANS_HELD; i++) {
      store.keep(plan("user-" + i, fiveMegabytes));
    }

    assertThat(store.size()).isEqualTo(PreviewStore.PLANS_HELD);
    assertThat(store.find(first, "user-0")).isEmpty();
  }

  @Test
  void anImportedPlanIsForgotten() {
    String token = store.keep(plan("planner", 1));
    store.forget(token, "other");
    assertThat(store.find(token, "planner")).isPresent();
    store.forget(token, "planner");
    assertThat(store.find(token, "planner")).isEmpty();
  }
}
