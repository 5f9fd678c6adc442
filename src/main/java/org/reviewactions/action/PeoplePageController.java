package org.reviewactions.action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.reviewactions.identity.InvitationChanges;
import org.reviewactions.identity.InvitationService;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailDates;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The People and roles page, {@code /people}, for plan managers and administrators: agencies and their
 * leads, responsible roles and their holders, everyone with their agency and groups, the invitations waiting
 * for their invitee; and the changes a plan manager makes there (a role's holder, an agency's lead, an
 * invitation sent, resent or cancelled). A refused change answers 400 with the
 * page and the reason; nothing is half-saved.
 */
@Controller
@RequestMapping("/people")
class PeoplePageController {

  private static final String PAGE = "people/people";

  private final RoleDirectory roles;
  private final PeopleAndRoles people;
  private final CurrentUser currentUser;
  private final java.time.Clock clock;
  private final org.reviewactions.shared.AsSystem asSystem;
  private final InvitationService invitations;
  private final InvitationChanges pending;

  PeoplePageController(RoleDirectory roles, PeopleAndRoles people, CurrentUser currentUser, java.time.Clock clock,
      org.reviewactions.shared.AsSystem asSystem, InvitationService invitations, InvitationChanges pending) {
    this.asSystem = asSystem;
    this.pending = pending;
    this.invitations = invitations;
    this.roles = roles;
    this.people = people;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** An agency as the page lists it. */
  record AgencyRow(String name, List<Person> leads, List<Person> people) {}

  /** A role as the page lists it. */
  record RoleRow(Long id, String name, String agency, Person holder, List<Person> candidates) {}

  /** A person as the page lists them. */
  record PersonRow(Person person, List<String> agencies, List<String> groups) {}

  /** An invitation waiting for its invitee, as the page lists it. */
  record InvitationRow(Long id, String name, String userId, String email, List<String> agencies, String invitedBy,
      String invitedOn, String expiresOn, boolean expired) {}

  /** A recorded change as the page lists it. */
  record ChangeRow(String when, String by, String what, String from, String to) {}

  @GetMapping
  String page(Model model) {
    currentUser.requirePlanManager();
    return show(model);
  }

  @PostMapping("/roles/holder")
  String changeHolder(@RequestParam(required = false) Long roleId, @RequestParam(required = false) String userId,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    try {
      // The directory is read and changed as the system: the engine lets a plan manager see only some accounts,
      // and this page, once the caller is known to be a plan manager, is the authority on who holds what.
      int moved = asSystem.call(() -> people.changeHolder(roleId, userId, actor));
      redirect.addFlashAttribute("done", asSystem.call(() -> roles.displayName(userId.strip())) + " now holds the role"
          + (moved == 0 ? "." : "; " + moved + (moved == 1 ? " open action moves" : " open actions move") + " to them."));
      return "redirect:/people";
    } catch (BusinessRuleException e) {
      return refused(e, model, response);
    } catch (org.reviewactions.shared.NotFoundException e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("problem", e.getMessage());
      return show(model);
    }
  }

  @PostMapping("/leads")
  String makeLead(@RequestParam(required = false) String agency, @RequestParam(required = false) String userId,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    try {
      asSystem.call(() -> {
        people.makeLead(agency == null ? "" : agency, userId, actor);
        return null;
      });
      redirect.addFlashAttribute("done", asSystem.call(() -> roles.displayName(userId.strip())) + " now leads " + agency + ".");
      return "redirect:/people";
    } catch (BusinessRuleException e) {
      return refused(e, model, response);
    }
  }

  /**
   * Adds a person of an agency by invitation (the invitation flow of {@code /api/invitations}: an account
   * without a password and an e-mail with a link to choose one). Only into a known agency's group.
   */
  @PostMapping("/invite")
  String invite(@RequestParam(required = false) String userId, @RequestParam(required = false) String firstName,
      @RequestParam(required = false) String lastName, @RequestParam(required = false) String email,
      @RequestParam(required = false) String agency, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    if (agency == null || !asSystem.call(roles::agencies).contains(agency)) {
      return refused(new BusinessRuleException("agency", "Choose one of the agencies listed."), model, response);
    }
    try {
      InvitationService.Invited invited = asSystem.call(() -> invitations.invite(userId, firstName, lastName, email,
          List.of(org.reviewactions.identity.AgencyGroups.agencyGroup(agency)), actor));
      redirect.addFlashAttribute("done", "Invited " + invited.userId() + " (" + invited.email() + ") to " + agency
          + "; the link works until " + invited.expiresOn() + ".");
      return "redirect:/people";
    } catch (InvitationService.InvalidInputException e) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.problems().stream().map(InvitationService.FieldProblem::message)
          .collect(java.util.stream.Collectors.joining(" ")), model, response);
    } catch (InvitationService.UserExistsException e) {
      return problem(HttpStatus.CONFLICT, e.getMessage(), model, response);
    } catch (InvitationService.GrantNotAllowedException e) {
      return problem(HttpStatus.FORBIDDEN, e.getMessage(), model, response);
    } catch (org.reviewactions.notification.NotificationSendException e) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE,
          "The invitation e-mail could not be sent, so no account was created. Try again later.", model, response);
    }
  }

  /** A new link for a waiting invitation; the old one stops working. Recorded as a people change. */
  @PostMapping("/invitations/{id}/resend")
  String resend(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    try {
      InvitationService.Invited resent = asSystem.call(() -> pending.resend(invitationId(id), actor));
      redirect.addFlashAttribute("done", "Sent " + resent.userId() + " a new invitation link; the old link no longer"
          + " works. The new one works until " + resent.expiresOn() + ".");
      return "redirect:/people#invitations";
    } catch (org.reviewactions.notification.NotificationSendException e) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE,
          "The invitation e-mail could not be sent, so the old link still works. Try again later.", model, response);
    } catch (RuntimeException e) {
      return invitationRefused(e, model, response);
    }
  }

  /** Cancels a waiting invitation: its link stops working and the account it made goes (or is disabled). */
  @PostMapping("/invitations/{id}/cancel")
  String cancel(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    try {
      InvitationChanges.Cancelled cancelled = asSystem.call(() -> pending.cancel(invitationId(id), actor));
      redirect.addFlashAttribute("done", "Cancelled the invitation of " + cancelled.userId() + "; its link no longer works"
          + (cancelled.removed() ? " and the account was removed." : ". The account is kept, without groups, because work names it."));
      return "redirect:/people#invitations";
    } catch (RuntimeException e) {
      return invitationRefused(e, model, response);
    }
  }

  private static Long invitationId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new org.reviewactions.shared.NotFoundException("There is no invitation with that number.");
    }
  }

  private String invitationRefused(RuntimeException e, Model model, HttpServletResponse response) {
    if (e instanceof org.reviewactions.shared.NotFoundException) {
      return problem(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }
    if (e instanceof InvitationChanges.InvitationClosedException) {
      return problem(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }
    if (e instanceof InvitationService.GrantNotAllowedException) {
      return problem(HttpStatus.FORBIDDEN, e.getMessage(), model, response);
    }
    throw e;
  }

  private String problem(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("problem", message);
    return show(model);
  }

  private String refused(BusinessRuleException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("problem", e.getMessage());
    return show(model);
  }

  private String show(Model model) {
    return asSystem.call(() -> fill(model));
  }

  private String fill(Model model) {
    // Four tables with a form in their rows: the page takes the window's width (layout.html).
    model.addAttribute("width", "full");
    List<String> agencies = roles.agencies();
    model.addAttribute("agencies", agencies.stream().map(agency -> new AgencyRow(agency,
        roles.members(org.reviewactions.identity.AgencyGroups.leadsGroup(agency)), roles.peopleOf(agency))).toList());
    model.addAttribute("roles", roles.all().stream()
        .sorted(java.util.Comparator.comparing(ResponsibleRole::getAgency, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ResponsibleRole::getName, String.CASE_INSENSITIVE_ORDER))
        .map(role -> new RoleRow(role.getId(), role.getName(), role.getAgency(),
            roles.person(role.getHolderUserId()).orElse(null), roles.peopleOf(role.getAgency()))).toList());
    model.addAttribute("people", roles.everyone().stream().map(person -> new PersonRow(person,
        agencies.stream().filter(agency -> roles.belongsTo(person.userId(), agency)).toList(),
        roles.groupNames(person.userId()))).toList());
    model.addAttribute("invitations", pending.open().stream().map(invitation -> new InvitationRow(invitation.id(),
        roles.displayName(invitation.userId()), invitation.userId(), invitation.email(),
        agencies.stream().filter(agency -> roles.belongsTo(invitation.userId(), agency)).toList(),
        roles.displayName(invitation.invitedBy()), invitation.invitedOn(), invitation.expiresOn(), invitation.expired()))
        .toList());
    model.addAttribute("changes", people.recentChanges().stream().map(change -> new ChangeRow(
        MailDates.longDate(java.time.LocalDate.ofInstant(change.getHappenedAt(), clock.getZone())),
        roles.displayName(change.getActor()),
        (change.getKind().equals(PeopleChange.Kind.ROLE_HOLDER.name()) ? "Holder of " : "") + change.getSubject(),
        change.getKind().startsWith("INVITATION_") ? "" : change.getFromUser() == null ? "nobody" : roles.displayName(change.getFromUser()),
        roles.displayName(change.getToUser()))).toList());
    return PAGE;
  }
}
