package org.reviewactions.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's one clock carries the configured zone, so no date shown to people depends on a literal. */
class ClockZoneTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ClockConfig.class);

  @Test
  void theClockIsInTheConfiguredZone() {
    context.withPropertyValues("rat.zone=Europe/Dublin")
        .run(ctx -> assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Dublin")));
  }

  @Test
  void withoutConfigurationTheClockIsInLondon() {
    context.run(ctx -> assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/London")));
  }
}
