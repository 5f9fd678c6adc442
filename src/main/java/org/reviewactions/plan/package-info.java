/**
 * Loading a review's action plan: reading spreadsheets (XLSX, CSV), interpreting their columns, importing with
 * its limits and refusals, and the recommendation process that starts one action process per action.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "timescale", "review", "identity", "action", "notification"})
package org.reviewactions.plan;

