package org.reviewactions.indicator;

import org.springframework.stereotype.Component;

/**
 * The timer start event's cycle, read from configuration when the engine deploys the process
 * ({@code timeCycle = ${indicatorSchedule.cron}}). Public only because the engine's expression language reads bean
 * properties of public classes alone.
 */
@Component("indicatorSchedule")
public class IndicatorSchedule {

  private final IndicatorScheduleProperties properties;

  IndicatorSchedule(IndicatorScheduleProperties properties) {
    this.properties = properties;
  }

  /** {@code rat.indicators.cron}. */
  public String getCron() {
    return properties.cron();
  }
}
