package org.reviewactions.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pins the engine's clock, and with it the application's {@link java.time.Clock}, to {@link #NOW} before the context
 * starts (the demo and the start-up checks read it) and before each test, so no test depends on the day it runs.
 * The clock runs on from there, so timestamps written one after another still differ; tests that need a frozen or
 * another instant set it themselves.
 */
public final class PinnedClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Monday 30 November 2026, 10:00 in London. */
  public static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  /** The date of {@link #NOW} in London. */
  public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London"));

  /** Moves the engine clock back to {@link #NOW}, running on from there. */
  public static void pin() {
    ClockUtil.reset();
    ClockUtil.offset(NOW.toEpochMilli() - System.currentTimeMillis());
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    pin();
  }
}
