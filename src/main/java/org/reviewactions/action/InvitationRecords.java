package org.reviewactions.action;

import java.time.Clock;
import org.reviewactions.identity.AccountUse;
import org.reviewactions.identity.InvitationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invitations as the People and roles record knows them: each resend and cancellation is a {@link PeopleChange},
 * written in the same transaction as the change (a synchronous listener), whether made on the page or through
 * the API. An account that owns an action is in use, so cancelling its invitation keeps it, disabled.
 */
@Component
class InvitationRecords implements AccountUse {

  private final PeopleChangeRepository changes;
  private final ActionRepository actions;
  private final Clock clock;

  InvitationRecords(PeopleChangeRepository changes, ActionRepository actions, Clock clock) {
    this.changes = changes;
    this.actions = actions;
    this.clock = clock;
  }

  @EventListener
  void onInvitationChanged(InvitationChanged changed) {
    boolean resent = changed.kind() == InvitationChanged.Kind.RESENT;
    changes.save(new PeopleChange(clock.instant(), changed.actor(),
        resent ? PeopleChange.Kind.INVITATION_RESENT : PeopleChange.Kind.INVITATION_CANCELLED,
        "Invitation of " + changed.userId() + (resent ? " resent: " : " cancelled: ") + changed.outcome(),
        null, changed.userId()));
  }

  @Override
  public boolean inUse(String userId) {
    return actions.existsByOwnerUserId(userId);
  }
}
