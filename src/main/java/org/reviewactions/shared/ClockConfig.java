package org.reviewactions.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the engine and the business tables: tests move Camunda's ClockUtil and every
 * timestamp the application writes moves with it.
 */
@Configuration
class ClockConfig {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Bean
  Clock clock() {
    return new EngineClock(LONDON);
  }

  private static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
