/**
 * Quarterly safeguarding indicators: plan managers define what agencies report each quarter (a count, a percentage or
 * yes/no, optionally evidencing a recommendation and with a target); on the first working day of each quarter every
 * agency that reports one is asked for the quarter just ended ("Submit quarterly indicators", due in working days,
 * reminded and taken to the board like any task); the figures are entered on the application's page, validated and
 * kept once; the board's page charts them per agency over the quarters. The quarterly report reads them.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "review", "action", "notification"})
package org.reviewactions.indicator;
