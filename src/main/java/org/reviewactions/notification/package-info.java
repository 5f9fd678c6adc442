/**
 * E-mail: composing from templates, the notification record with its idempotency key, the notification process
 * that sends and retries, and the transports (SMTP or the outbox folder). Callers hand it a request; it knows no feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.reviewactions.notification;

