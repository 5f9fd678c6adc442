package org.reviewactions.action;

import java.util.List;
import org.reviewactions.identity.AgencyAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, gives actions already in the database the read grants that new actions get when
 * they start: an installation upgraded from a release without them keeps its agencies and owners
 * able to read their actions' history. Grants already present are left alone.
 */
@Component
class ExistingActionGrants {

  private static final Logger log = LoggerFactory.getLogger(ExistingActionGrants.class);

  private final ActionRepository actions;
  private final AgencyAccess agencyAccess;

  ExistingActionGrants(ActionRepository actions, AgencyAccess agencyAccess) {
    this.actions = actions;
    this.agencyAccess = agencyAccess;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void ensure() {
    List<AgencyAccess.ActionReaders> readers = actions.findByProcessInstanceIdIsNotNull().stream()
        .map(a -> new AgencyAccess.ActionReaders(a.getAgency(), a.getOwnerUserId(), a.getProcessInstanceId()))
        .toList();
    int added = agencyAccess.ensureRead(readers);
    if (added > 0) {
      log.info("Added {} read grants to {} existing actions", added, readers.size());
    }
  }
}
