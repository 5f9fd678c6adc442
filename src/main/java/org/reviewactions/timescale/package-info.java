/**
 * Reading the timescales boards write ("March – Sept 2006", "within 3-6 months of publication", "Ongoing") into
 * start, due and review dates with a note where it is unsure. Plain Java, no Spring, no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.reviewactions.timescale;

