/**
 * The records everything else hangs on: a review (SCR/CSPR) and its numbered recommendations with their status.
 * Plans create them; actions point at them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.reviewactions.review;

