package org.reviewactions.identity;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts the standing grants in place ({@link AccessRules}) and retires what earlier releases granted
 * ({@link AgencyAccess}) before the web server takes its first request. As listeners of the application being
 * ready they ran after Tomcat had opened its port, so while they worked (seconds; longer on an upgraded
 * installation with many per-action grants) a request could still be served under an earlier release's grants.
 * Spring calls this once every singleton exists, before it starts the web server.
 */
@Component
class GrantsBeforeRequests implements SmartInitializingSingleton {

  private final AccessRules rules;
  private final AgencyAccess agencyAccess;

  GrantsBeforeRequests(AccessRules rules, AgencyAccess agencyAccess) {
    this.rules = rules;
    this.agencyAccess = agencyAccess;
  }

  @Override
  public void afterSingletonsInstantiated() {
    rules.ensure();
    agencyAccess.retireEarlierGrants();
  }
}
