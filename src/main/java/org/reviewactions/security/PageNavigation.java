package org.reviewactions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.reviewactions.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The header and navigation of every page of the application's own: the partnership's name, who is signed in
 * (beside the sign-out button) and the links the signed-in person's groups open. A link is only a convenience;
 * each page still checks who may see it.
 *
 * <p>Set as request attributes before the handler runs, which Thymeleaf reads like the model: a model attribute
 * would be missing from pages rendered by an {@code @ExceptionHandler} (the evidence page's refusals) or by the
 * error page, and those pages need the header too.
 */
@Configuration
class PageNavigation implements HandlerInterceptor, WebMvcConfigurer {

  /** One link in the service navigation; {@code current} marks the page the person is on. */
  record Item(String label, String href, boolean current) {}

  static final String TASKLIST = "/camunda/app/tasklist/";

  private final String partnershipName;
  private final CurrentUser currentUser;

  PageNavigation(@Value("${rat.partnership.name}") String partnershipName, CurrentUser currentUser) {
    this.partnershipName = partnershipName;
    this.currentUser = currentUser;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute("partnershipName", partnershipName);
    request.setAttribute("signedInAs", SignedInUser.id().orElse(null));
    request.setAttribute("navigation", navigation(request));
    return true;
  }

  private List<Item> navigation(HttpServletRequest request) {
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
    if (currentUser.oversees()) {
      items.add(item("Indicators", "/indicators/trends", path));
    }
    if (currentUser.isBoardOrAdministrator()) {
      items.add(item("Quarterly report", "/reports/quarterly", path));
    }
    items.add(item("E-mail settings", "/settings/e-mails", path));
    items.add(new Item("Tasklist", TASKLIST, false));
    return items;
  }

  private static Item item(String label, String href, String path) {
    return new Item(label, href, path.equals(href) || path.startsWith(href + "/"));
  }
}
