/**
 * Running the application on a server: the engine's backlog for monitoring (jobs due, jobs failed with no
 * retries left, open incidents as gauges on {@code /actuator/prometheus}; e-mail and import figures are
 * registered by their own modules), the index the engine's job acquisition by due date needs, and, on PostgreSQL,
 * the engine's indexes on columns the application never fills made partial; and a FEEL engine for decisions that
 * keeps feel-engine's built-in functions and parsed expressions between evaluations. See docs/operations.md.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.reviewactions.operations;
