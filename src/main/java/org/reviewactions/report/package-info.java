/**
 * Progress reports "as at" a date for one review, in the columns boards publish (Recommendation, Action, Agency,
 * Timescale, Responsible, Progress as at, Status), rendered as XLSX, CSV, PDF and standalone HTML, and served on
 * {@code /reviews/{id}/report}. {@link org.reviewactions.report.ProgressReports} is the module's API: the
 * quarterly report and the agency statements build on it. It reads actions, reviews and the agency challenges
 * raised on them; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"action", "review", "shared", "identity", "challenge"})
package org.reviewactions.report;
