/**
 * Agency progress statements: for a review, what each agency with actions in it says about its progress, written by
 * the agency's leads in Tasklist, approved or returned by the monitoring sub-group's chair, every step recorded, and
 * the approved statements compiled with each agency's actions into one document (HTML and PDF) to publish beside the
 * review. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "review", "action", "notification"})
package org.reviewactions.statement;
