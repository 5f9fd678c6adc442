/**
 * Actions: one agency's work for a recommendation, its owner, progress, RAG and history, and the action process
 * with its delegates and e-mails. The sub-packages serve only the action process and are internal:
 * {@code reminder} (working-day calendar, reminder schedule), {@code escalation} (lapse, chair and board
 * decisions, more time, routing) and {@code evidence} (evidence, files, verification).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "timescale", "review", "identity", "notification"})
package org.reviewactions.action;

