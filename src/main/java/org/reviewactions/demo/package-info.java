/**
 * Everything only the demo uses: the seed plans and people, the demo administrator and the work that puts the
 * demo's actions part-way through their story. Off in production.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "review", "identity", "plan", "action", "notification"})
package org.reviewactions.demo;

