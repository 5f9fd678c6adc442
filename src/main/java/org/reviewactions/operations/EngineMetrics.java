package org.reviewactions.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

/**
 * The engine's backlog, read at each scrape by three counts on indexed columns (docs/operations.md, "Indexes"):
 * {@code rat_jobs_due} (timers and asynchronous steps whose time has come, not yet run: a growing figure means
 * the job executor is not keeping up or no node runs it), {@code rat_jobs_failed} (jobs with no retries left,
 * each also an incident) and {@code rat_incidents_open} (what an administrator must look at in Cockpit).
 */
@Component
class EngineMetrics implements MeterBinder {

  private final ManagementService management;
  private final RuntimeService runtime;
  private final AsSystem asSystem;

  EngineMetrics(ManagementService management, RuntimeService runtime, AsSystem asSystem) {
    this.management = management;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "rat.jobs.due", "Jobs whose due time has come and that have retries left, not yet executed",
        () -> management.createJobQuery().executable().count());
    gauge(registry, "rat.jobs.failed", "Jobs that failed with no retries left (each waits for an administrator)",
        () -> management.createJobQuery().noRetriesLeft().count());
    gauge(registry, "rat.incidents.open", "Open incidents in the engine (Cockpit lists them)",
        () -> runtime.createIncidentQuery().count());
  }

  /** Counted on the application's own account: the scrape is not a person whose grants would hide jobs. */
  private void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
    Gauge.builder(name, () -> asSystem.call(count)).description(description).register(registry);
  }
}
