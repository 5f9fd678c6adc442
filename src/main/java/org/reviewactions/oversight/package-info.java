/**
 * Oversight pages: the reviews dashboard ({@code /reviews}) and an action's whole story ({@code /actions/{id}}).
 * Read-only; figures come from aggregate queries on the business tables, so nothing here loads every action or
 * process instance. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"action", "review", "identity", "notification", "shared"})
package org.reviewactions.oversight;
