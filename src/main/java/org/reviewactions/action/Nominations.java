package org.reviewactions.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.InvitationService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.NotificationSendException;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Nominate action owner form decides: one of the agency's people, or someone not listed whom the lead
 * invites on the spot into the action's agency (the invitation flow of the People and roles page: an account with
 * no password and an e-mail with a link), who owns the action at once. Every refusal is a {@link BusinessRuleException}
 * naming the form field, so the form shows it and the task stays open with nothing saved.
 */
@Service
class Nominations {

  /** The person to invite, as typed in the form; the user id may be left blank to take the e-mail's local part. */
  record Invitee(String firstName, String lastName, String email, String userId) {
    boolean given() {
      return !blank(firstName) || !blank(lastName) || !blank(email) || !blank(userId);
    }
  }

  /** The invitation service's field names, as this form names them. */
  private static final Map<String, String> FORM_FIELDS = Map.of("userId", Var.INVITEE_USER_ID, "firstName",
      Var.INVITEE_FIRST_NAME, "lastName", Var.INVITEE_LAST_NAME, "email", Var.INVITEE_EMAIL);

  private final ActionService actions;
  private final RoleDirectory roles;
  private final InvitationService invitations;
  private final AsSystem asSystem;

  Nominations(ActionService actions, RoleDirectory roles, InvitationService invitations, AsSystem asSystem) {
    this.actions = actions;
    this.roles = roles;
    this.invitations = invitations;
    this.asSystem = asSystem;
  }

  /**
   * Makes the nominee, or the person invited, the action's owner and its role's holder.
   *
   * @param actor the signed-in lead (or plan manager) completing the task
   * @param actorIsPlanManager plan managers may invite into any agency; a lead only into their own
   * @return the owner's user id
   */
  @Transactional
  public String nominate(Long actionId, String nomineeId, Invitee invitee, String actor, boolean actorIsPlanManager) {
    if (!invitee.given()) {
      return actions.nominateOwner(actionId, nomineeId, actor);
    }
    if (!blank(nomineeId)) {
      throw new BusinessRuleException(Var.NOMINEE_ID, "Either choose one of the people listed or invite someone not"
          + " listed, not both.");
    }
    Action action = actions.get(actionId);
    String agency = action.getAgency();
    if (actor == null || !(actorIsPlanManager || roles.isLead(actor, agency))) {
      throw new BusinessRuleException(Var.INVITEE_EMAIL, "Only a lead of " + agency + " (or a plan manager) may invite"
          + " someone into it.");
    }
    boolean derived = blank(invitee.userId());
    String userId = derived ? localPart(invitee.email()) : invitee.userId().strip();
    try {
      asSystem.call(() -> invitations.invite(userId, invitee.firstName(), invitee.lastName(), invitee.email(),
          List.of(AgencyGroups.agencyGroup(agency)), actor));
    } catch (InvitationService.InvalidInputException e) {
      throw new BusinessRuleException(FORM_FIELDS.getOrDefault(e.problems().get(0).field(), Var.INVITEE_EMAIL),
          e.problems().stream().map(InvitationService.FieldProblem::message).collect(Collectors.joining(" ")));
    } catch (InvitationService.UserExistsException e) {
      throw new BusinessRuleException(Var.INVITEE_USER_ID, "There is already a user with the id '" + userId + "'"
          + (derived ? " (taken from the e-mail address)" : "") + ". Type another user id for the new person, or choose"
          + " the existing person from the list if they are of " + agency + ".");
    } catch (InvitationService.GrantNotAllowedException e) {
      throw new BusinessRuleException(Var.INVITEE_EMAIL, e.getMessage());
    } catch (NotificationSendException e) {
      throw new BusinessRuleException(Var.INVITEE_EMAIL, "The invitation e-mail could not be sent, so nobody was"
          + " invited and the task is still open. Try again later.");
    }
    actions.nominateInvited(actionId, userId, invitee.firstName().strip() + " " + invitee.lastName().strip(),
        invitee.email().strip(), actor);
    return userId;
  }

  /** The e-mail's local part in the characters a user id allows; the invitation refuses it if too short. */
  private static String localPart(String email) {
    String address = email == null ? "" : email.strip();
    int at = address.indexOf('@');
    String local = at < 0 ? address : address.substring(0, at);
    return local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
