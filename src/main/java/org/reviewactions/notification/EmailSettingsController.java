package org.reviewactions.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /settings/e-mails}: the signed-in person chooses immediate e-mails or a daily digest. The form names
 * no person: whoever is signed in changes their own choice and nobody else's, whatever the request adds.
 */
@Controller
@RequestMapping("/settings/e-mails")
class EmailSettingsController {

  private static final String PAGE = "notification/e-mails";

  private final EmailPreferences preferences;
  private final CurrentUser currentUser;

  EmailSettingsController(EmailPreferences preferences, CurrentUser currentUser) {
    this.preferences = preferences;
    this.currentUser = currentUser;
  }

  @GetMapping
  String form(Model model) {
    String userId = signedIn();
    model.addAttribute("delivery", preferences.deliveryFor(userId).name());
    return PAGE;
  }

  @PostMapping
  String choose(@RequestParam(required = false) String delivery, Model model, HttpServletResponse response) {
    String userId = signedIn();
    EmailDelivery chosen = parse(delivery);
    if (chosen == null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("error", "Choose how you want to hear about tasks: each one as it arrives, or a daily digest.");
      model.addAttribute("delivery", preferences.deliveryFor(userId).name());
      return PAGE;
    }
    preferences.choose(userId, chosen);
    model.addAttribute("delivery", chosen.name());
    model.addAttribute("saved", true);
    return PAGE;
  }

  private String signedIn() {
    return currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
  }

  private static EmailDelivery parse(String delivery) {
    if (delivery == null) {
      return null;
    }
    return switch (delivery.strip().toUpperCase(Locale.ROOT)) {
      case "IMMEDIATE" -> EmailDelivery.IMMEDIATE;
      case "DIGEST" -> EmailDelivery.DIGEST;
      default -> null;
    };
  }
}
