package org.reviewactions.quarterly;

import org.springframework.stereotype.Component;

/**
 * The timer start event's cycle, read from configuration when the engine deploys the process
 * ({@code timeCycle = ${quarterlyReportSchedule.cron}}): a BPMN file cannot read Spring properties itself. Public
 * only because the engine's expression language reads bean properties of public classes alone.
 */
@Component("quarterlyReportSchedule")
public class QuarterlyReportSchedule {

  private final QuarterlyReportProperties properties;

  QuarterlyReportSchedule(QuarterlyReportProperties properties) {
    this.properties = properties;
  }

  /** {@code rat.quarterly-report.cron}. */
  public String getCron() {
    return properties.cron();
  }
}
