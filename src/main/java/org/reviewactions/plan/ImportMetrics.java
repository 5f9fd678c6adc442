package org.reviewactions.plan;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Import figures for {@code /actuator/prometheus}: {@code rat_imports_seconds} (a count, a sum and a
 * maximum) by outcome, so imports run ({@code outcome="imported"}), previewed ({@code preview}) and
 * refused (every other outcome) and how long each took are one metric.
 */
@Component
class ImportMetrics {

  static final String IMPORTS = "rat.imports";

  private final MeterRegistry registry;

  ImportMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(ImportResult.Outcome outcome, Duration took) {
    String name = outcome.name().toLowerCase(Locale.ROOT);
    Timer.builder(IMPORTS).description("Plan imports and previews, by outcome, and how long each took")
        .tag("outcome", name).tag("refused", String.valueOf(outcome != ImportResult.Outcome.IMPORTED
            && outcome != ImportResult.Outcome.PREVIEW))
        .register(registry).record(took);
  }
}
