/**
 * The small shared kernel every module may use: refusals ({@link org.reviewactions.shared.BusinessRuleException},
 * {@link org.reviewactions.shared.NotFoundException}), form dates, the signed-in user, running as the system,
 * the configured group names, the application clock and the production settings check. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.reviewactions.shared;

