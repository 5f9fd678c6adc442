package org.reviewactions.identity;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.reviewactions.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations still waiting for their invitee, and the two things a plan manager does with one: resend it (a
 * new link and expiry; the old link stops working) and cancel it (the link stops working; the account it made is
 * removed, or disabled if it is already part of the work). Each change is announced ({@link InvitationChanged}) so
 * the People and roles record shows it. Callers first make sure the signed-in user is a plan manager or
 * administrator and call this as the system ({@link org.reviewactions.shared.AsSystem}).
 */
@Service
public class InvitationChanges {

  /** An invitation not accepted and not cancelled, as the People and roles page lists it. */
  public record OpenInvitation(Long id, String userId, String email, String invitedBy, Instant invitedAt,
      Instant expiresAt, String invitedOn, String expiresOn, boolean expired) {}

  /** The invitation was accepted or cancelled already, so it cannot be resent or cancelled; the message says which. */
  public static class InvitationClosedException extends RuntimeException {
    InvitationClosedException(String message) {
      super(message);
    }
  }

  /** What cancelling did to the account. */
  public record Cancelled(String userId, boolean removed) {}

  private final InvitationRepository invitations;
  private final InvitationService invitationService;
  private final IdentityService identityService;
  private final TaskService tasks;
  private final ResponsibleRoleRepository roles;
  private final List<AccountUse> uses;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  InvitationChanges(InvitationRepository invitations, InvitationService invitationService, IdentityService identityService,
      TaskService tasks, ResponsibleRoleRepository roles, List<AccountUse> uses, ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.invitations = invitations;
    this.invitationService = invitationService;
    this.identityService = identityService;
    this.tasks = tasks;
    this.roles = roles;
    this.uses = uses;
    this.events = events;
    this.clock = clock;
  }

  /** Invitations neither accepted nor cancelled, newest first, saying which have expired. */
  @Transactional(readOnly = true)
  public List<OpenInvitation> open() {
    Instant now = clock.instant();
    return invitations.findByAcceptedAtIsNullAndCancelledAtIsNullOrderByCreatedAtDescIdDesc().stream()
        .map(i -> new OpenInvitation(i.getId(), i.getUserId(), i.getEmail(), i.getInvitedBy(), i.getCreatedAt(),
            i.getExpiresAt(), shown(i.getCreatedAt()), shown(i.getExpiresAt()), !now.isBefore(i.getExpiresAt())))
        .toList();
  }

  /**
   * Sends the invitee a new link, valid for the usual period from now; the old link stops working. Each resend is
   * a notification of its own (its key names the send), so it is e-mailed exactly once.
   *
   * @throws NotFoundException when there is no such invitation
   * @throws InvitationClosedException when it was accepted or cancelled
   * @throws InvitationService.GrantNotAllowedException when the account is in a group only administrators grant
   * @throws org.reviewactions.notification.NotificationSendException when the e-mail could not be sent; nothing
   *     changes and the old link keeps working
   */
  @Transactional
  public InvitationService.Invited resend(Long id, String actor) {
    Invitation invitation = openInvitation(id);
    requireMayGrant(actor, invitation.getUserId());
    User user = identityService.createUserQuery().userId(invitation.getUserId()).singleResult();
    if (user == null) {
      throw new InvitationClosedException("The account this invitation was for no longer exists, so it cannot be resent."
          + " Invite the person again.");
    }
    String token = invitationService.newToken();
    Instant expiresAt = clock.instant().plus(invitationService.validFor());
    if (invitations.renew(id, InvitationService.hash(token), expiresAt) != 1) {
      throw closed(invitations.findById(id).orElseThrow());
    }
    Invitation renewed = invitations.findById(id).orElseThrow();
    List<Group> groups = identityService.createGroupQuery().groupMember(user.getId()).list();
    String expiresOn = invitationService.sendLink(renewed, token, user, groups,
        "invitation:" + id + ":send:" + renewed.getSends());
    events.publishEvent(new InvitationChanged(InvitationChanged.Kind.RESENT, id, user.getId(), actor,
        "a new link until " + shown(expiresAt)));
    return new InvitationService.Invited(id, user.getId(), renewed.getEmail(), expiresAt, expiresOn);
  }

  /**
   * Cancels the invitation: its link stops working. The account it made never had a password anyone knew; it is
   * removed when nothing refers to it (no role held, no task assigned, nothing any {@link AccountUse} names), and
   * otherwise disabled: it leaves every group, and its password stays one nobody knows.
   *
   * @throws NotFoundException when there is no such invitation
   * @throws InvitationClosedException when it was accepted or cancelled already
   * @throws InvitationService.GrantNotAllowedException when the account is in a group only administrators grant
   */
  @Transactional
  public Cancelled cancel(Long id, String actor) {
    Invitation invitation = openInvitation(id);
    requireMayGrant(actor, invitation.getUserId());
    if (invitations.markCancelled(id, clock.instant()) != 1) {
      throw closed(invitations.findById(id).orElseThrow());
    }
    String userId = invitation.getUserId();
    boolean removed = false;
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      if (inUse(userId)) {
        identityService.createGroupQuery().groupMember(userId).list()
            .forEach(group -> identityService.deleteMembership(userId, group.getId()));
      } else {
        identityService.deleteUser(userId);
        removed = true;
      }
    }
    events.publishEvent(new InvitationChanged(InvitationChanged.Kind.CANCELLED, id, userId, actor,
        removed ? "the account was removed" : "the account was kept, disabled, because work names it"));
    return new Cancelled(userId, removed);
  }

  private boolean inUse(String userId) {
    return roles.existsByHolderUserId(userId)
        || tasks.createTaskQuery().taskAssignee(userId).count() > 0
        || uses.stream().anyMatch(use -> use.inUse(userId));
  }

  /**
   * A plan manager resends or cancels only invitations into groups they may grant: an administrator's invitation
   * into the board or {@code camunda-admin} is the administrators' to change.
   */
  private void requireMayGrant(String actor, String userId) {
    List<String> notAllowed = identityService.createGroupQuery().groupMember(userId).list().stream()
        .filter(group -> !invitationService.mayGrant(actor, group)).map(Group::getId).toList();
    if (!notAllowed.isEmpty()) {
      throw new InvitationService.GrantNotAllowedException(notAllowed);
    }
  }

  private Invitation openInvitation(Long id) {
    Invitation invitation = (id == null ? null : invitations.findById(id).orElse(null));
    if (invitation == null) {
      throw new NotFoundException("There is no invitation " + id + ".");
    }
    if (invitation.getAcceptedAt() != null || invitation.getCancelledAt() != null) {
      throw closed(invitation);
    }
    return invitation;
  }

  private InvitationClosedException closed(Invitation invitation) {
    if (invitation.getAcceptedAt() != null) {
      return new InvitationClosedException("The invitation of " + invitation.getUserId() + " was accepted on "
          + shown(invitation.getAcceptedAt()) + ": the account is in use, so there is nothing to resend or cancel.");
    }
    return new InvitationClosedException("The invitation of " + invitation.getUserId() + " was cancelled on "
        + shown(invitation.getCancelledAt()) + ". Invite the person again if they need an account.");
  }

  private String shown(Instant instant) {
    return org.reviewactions.shared.FormDates.shown(invitationService.localDate(instant));
  }
}
