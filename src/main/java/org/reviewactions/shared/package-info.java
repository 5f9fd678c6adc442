/**
 * The small shared kernel every module may use: refusals ({@link org.reviewactions.shared.BusinessRuleException},
 * {@link org.reviewactions.shared.NotFoundException}, {@link org.reviewactions.shared.ApiProblem}, and the one advice
 * that answers every API refusal as an RFC 9457 problem), form dates, the signed-in user, running as the system,
 * the configured group names, the application clock, the production settings check and Hibernate without classes
 * generated at run time. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.reviewactions.shared;

