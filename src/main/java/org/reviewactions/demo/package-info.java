/**
 * Everything only the demo uses: the seed plans and people, the demo administrator, the work that puts the
 * demo's actions part-way through their story, and the oversight on top (indicators, a challenge). Off in production.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "review", "identity", "plan", "action",
    "notification", "indicator", "challenge"})
package org.reviewactions.demo;
