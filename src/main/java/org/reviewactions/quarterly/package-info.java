/**
 * The quarterly report: on the first working day of each quarter (and whenever a board member asks), every open
 * review's progress report as at that day goes to each member of the board group by e-mail, its summary figures in
 * the body and the report's PDF attached, through the notification process (sent once per review, quarter and
 * person; retried while the mail server is down), with the safeguarding indicators' latest quarter of figures and
 * the quarter before (in the body and a PDF of their own). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "review", "action", "report", "notification", "indicator"})
package org.reviewactions.quarterly;
