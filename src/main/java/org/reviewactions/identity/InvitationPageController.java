package org.reviewactions.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.shared.AsSystem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind the invitation link, {@code /invitations/<token>}: the invitee chooses a password. It lies outside
 * the signed-in part of the application (the invitee has no password yet); the token is the only key, and it works
 * once, until it expires.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationPageController {

  private static final String PAGE = "identity/invitation";

  private final InvitationService invitations;
  private final AsSystem asSystem;
  private final TasklistLinks links;

  InvitationPageController(InvitationService invitations, AsSystem asSystem, TasklistLinks links) {
    this.invitations = invitations;
    this.asSystem = asSystem;
    this.links = links;
  }

  /** The rules a password must meet, shown beside the field. */
  @ModelAttribute("passwordRules")
  List<String> passwordRules() {
    return AccountPasswordPolicy.requirements();
  }

  /**
   * The address of this page holds the invitation's secret: browsers must never send it on, not even to this
   * site's own pages (Spring Security's same-origin default writes only when no policy is set).
   */
  @ModelAttribute
  void noReferrer(HttpServletResponse response) {
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  @GetMapping
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("invitation", asSystem.call(() -> invitations.pending(token)));
    } catch (InvitationService.InvitationNotUsableException e) {
      return notUsable(e, model, response);
    }
    return PAGE;
  }

  @PostMapping
  String accept(@PathVariable String token, @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
    try {
      String userId = asSystem.call(() -> invitations.accept(token, password, confirmation));
      model.addAttribute("acceptedUserId", userId);
      model.addAttribute("tasklistLink", links.tasklist());
      return PAGE;
    } catch (InvitationService.InvitationNotUsableException e) {
      return notUsable(e, model, response);
    } catch (InvitationService.InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("errors", e.problems());
      try {
        model.addAttribute("invitation", asSystem.call(() -> invitations.pending(token)));
      } catch (InvitationService.InvitationNotUsableException gone) {
        return notUsable(gone, model, response);
      }
      return PAGE;
    }
  }

  private String notUsable(RuntimeException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    model.addAttribute("problem", e.getMessage());
    return PAGE;
  }
}
