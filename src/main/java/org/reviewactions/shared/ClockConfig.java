package org.reviewactions.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the engine and the business tables: tests move Camunda's ClockUtil and every
 * timestamp the application writes moves with it.
 */
@Configuration
class ClockConfig {

  /** The configured zone ({@code rat.zone}); every zone the application uses is this clock's. */
  @Bean
  Clock clock(@Value("${rat.zone:Europe/London}") String zone) {
    return new EngineClock(ZoneId.of(zone));
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
