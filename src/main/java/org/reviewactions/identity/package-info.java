/**
 * People and who may do what: responsible roles and their holders, agency groups, access rules, owners' history
 * grants, invitations and the account password policy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "notification"})
package org.reviewactions.identity;

