/**
 * The shared Tasklist filters each group sees. It names tasks of both the action and the recommendation process,
 * so it sits above them rather than in identity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "action", "plan"})
package org.reviewactions.tasklist;

