package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.reviewactions.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header and navigation of every page of the application's own: the partnership's name and the links the
 * signed-in person's groups open. A link is only a convenience; each page still checks who may see it.
 */
@ControllerAdvice
class PageNavigation {

  /** One link in the service navigation; {@code current} marks the page the person is on. */
  record Item(String label, String href, boolean current) {}

  static final String TASKLIST = "/camunda/app/tasklist/";

  private final String partnershipName;
  private final CurrentUser currentUser;

  PageNavigation(@Value("${rat.partnership.name}") String partnershipName, CurrentUser currentUser) {
    this.partnershipName = partnershipName;
    this.currentUser = currentUser;
  }

  @ModelAttribute("partnershipName")
  String partnershipName() {
    return partnershipName;
  }

  @ModelAttribute("navigation")
  List<Item> navigation(HttpServletRequest request) {
    if (currentUser.id().isEmpty()) {
      return List.of();
    }
    boolean planManager = currentUser.isPlanManager();
    String path = request.getRequestURI();
    List<Item> items = new ArrayList<>();
    items.add(item("Reviews", "/reviews", path));
    if (planManager) {
      items.add(item("Import a plan", "/plans/import", path));
      items.add(item("People and roles", "/people", path));
    }
    items.add(item("E-mail settings", "/settings/e-mails", path));
    items.add(new Item("Tasklist", TASKLIST, false));
    return items;
  }

  private static Item item(String label, String href, String path) {
    return new Item(label, href, path.equals(href) || path.startsWith(href + "/"));
  }
}
