/**
 * Agency challenges: a chair of the monitoring sub-group raises a concern about an agency's progress on some of its
 * actions in a review, with a date to respond by (from the action's page or the API); the agency's leads respond in
 * Tasklist, the chair accepts the response or escalates it to the board, which records its outcome. An unanswered
 * challenge reminds the leads on the response date and goes to the board a few working days later. Every step is
 * recorded on the challenge and on each action's history, and the progress report lists the challenges as the
 * minutes would. The report depends on it; it depends on nothing that depends on it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "review", "action", "notification"})
package org.reviewactions.challenge;
