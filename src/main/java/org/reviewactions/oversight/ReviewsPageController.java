package org.reviewactions.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.Rag;
import org.reviewactions.action.RagSql;
import org.reviewactions.shared.FormDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /reviews}: where every review stands, for the board, the monitoring sub-group and plan managers;
 * an agency's people see only their agency's actions (and those they own). Filters are a GET form; a filter
 * value that cannot be read is a 400 with the problem named on the page, and the page shows unfiltered figures.
 */
@Controller
class ReviewsPageController {

  /** A row of the overdue and due-soon lists. */
  record ActionView(Long id, String description, String review, String recommendation, String agency, String owner,
      String due, long daysOverdue, String status, String rag, String ragTag, String escalation,
      List<WaitingTasks.TaskLink> tasks) {}

  record RecommendationView(Long id, Long reviewId, String review, String number, String text, List<WaitingTasks.TaskLink> tasks) {}

  /** A recommendation's impact as the dashboard shows it: its status and latest judgement in words. */
  record ImpactView(Long reviewId, String review, String number, String text, String status, String judgement,
      String nextCheck) {}

  record Choice(String value, String label, boolean selected) {}

  /** A link of the pagination component. */
  record PageLink(int number, String href, boolean current) {}

  record Pagination(String previous, String next, List<PageLink> pages) {}

  private final DashboardQueries queries;
  private final DashboardScopes scopes;
  private final WaitingTasks waitingTasks;
  private final PeopleNames names;
  private final RagSql rag;

  ReviewsPageController(DashboardQueries queries, DashboardScopes scopes, WaitingTasks waitingTasks, PeopleNames names, RagSql rag) {
    this.queries = queries;
    this.scopes = scopes;
    this.waitingTasks = waitingTasks;
    this.names = names;
    this.rag = rag;
  }

  @GetMapping("/reviews")
  String reviews(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
    DashboardScope scope = scopes.current();
    List<String> errors = new ArrayList<>();
    Long reviewId = number(params.get("review"), "Choose a review from the list.", errors);
    ActionStatus status = status(params.get("status"), errors);
    String agency = blankToNull(params.get("agency"));
    String owner = blankToNull(params.get("owner"));
    int overduePage = page(params.get("overduePage"), errors);
    int soonPage = page(params.get("soonPage"), errors);
    int confirmPage = page(params.get("confirmPage"), errors);
    int impactPage = page(params.get("impactPage"), errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    DashboardFilter filter = errors.isEmpty() ? new DashboardFilter(reviewId, agency, status, owner) : DashboardFilter.none();

    List<DashboardQueries.ReviewFigures> figures = queries.reviewFigures(scope, filter);
    Paged<DashboardQueries.ActionRow> overdue = queries.overdue(scope, filter, overduePage);
    Paged<DashboardQueries.ActionRow> soon = queries.dueSoon(scope, filter, soonPage);
    Paged<DashboardQueries.RecommendationRow> confirm = queries.awaitingConfirmation(scope, filter, confirmPage);
    Paged<DashboardQueries.ImpactRow> impact = queries.impactChecks(scope, filter, impactPage);
    Map<String, List<WaitingTasks.TaskLink>> tasks = waitingTasks.of(Stream.of(
        overdue.rows().stream().map(DashboardQueries.ActionRow::processInstanceId),
        soon.rows().stream().map(DashboardQueries.ActionRow::processInstanceId),
        confirm.rows().stream().map(DashboardQueries.RecommendationRow::processInstanceId)).flatMap(s -> s).toList());
    Map<String, String> ownerNames = names.of(Stream.concat(overdue.rows().stream(), soon.rows().stream())
        .map(DashboardQueries.ActionRow::ownerId).toList());
    Map<String, Map<String, Long>> byAgency = queries.ragByAgency(scope, filter);
    List<DashboardQueries.Month> months = queries.closedAgainstDue(scope, filter);

    model.addAttribute("width", "full");
    model.addAttribute("errors", errors);
    model.addAttribute("everything", scope.everything());
    model.addAttribute("figures", figures);
    model.addAttribute("statuses", Arrays.stream(ActionStatus.values()).map(s -> new Choice(s.name(), s.label(), false)).toList());
    model.addAttribute("rags", Arrays.stream(Rag.values()).map(r -> new Choice(r.name(), r.label(), false)).toList());
    model.addAttribute("overdue", overdue);
    model.addAttribute("overdueRows", overdue.rows().stream().map(r -> view(r, ownerNames, tasks)).toList());
    model.addAttribute("overduePagination", pagination(overdue, "overduePage", params));
    model.addAttribute("soon", soon);
    model.addAttribute("soonRows", soon.rows().stream().map(r -> view(r, ownerNames, tasks)).toList());
    model.addAttribute("soonPagination", pagination(soon, "soonPage", params));
    model.addAttribute("confirm", confirm);
    model.addAttribute("confirmRows", confirm.rows().stream().map(r -> new RecommendationView(r.id(), r.reviewId(), r.reviewTitle(),
        r.number(), r.text(), tasksOf(tasks, r.processInstanceId()))).toList());
    model.addAttribute("confirmPagination", pagination(confirm, "confirmPage", params));
    model.addAttribute("impactRows", impact.rows().stream().map(ReviewsPageController::impactView).toList());
    model.addAttribute("impactPagination", pagination(impact, "impactPage", params));
    model.addAttribute("ragChart", Charts.ragByAgency(byAgency));
    model.addAttribute("ragTable", byAgency);
    model.addAttribute("monthChart", Charts.closedAgainstDue(months));
    model.addAttribute("months", months);
    model.addAttribute("chartWidth", Charts.WIDTH);
    model.addAttribute("reviewChoices", queries.reviews(scope).entrySet().stream()
        .map(e -> new Choice(e.getKey().toString(), e.getValue(), e.getKey().equals(filter.reviewId()))).toList());
    model.addAttribute("agencyChoices", queries.agencies(scope).stream().map(a -> new Choice(a, a, a.equals(filter.agency()))).toList());
    List<String> owners = queries.owners(scope);
    Map<String, String> allOwnerNames = names.of(owners);
    model.addAttribute("ownerChoices", owners.stream()
        .map(o -> new Choice(o, allOwnerNames.getOrDefault(o, o), o.equals(filter.ownerId()))).toList());
    model.addAttribute("statusChoices", Arrays.stream(ActionStatus.values())
        .map(s -> new Choice(s.name(), s.label(), s == filter.status())).toList());
    model.addAttribute("soonDays", DashboardQueries.SOON_DAYS);
    return "oversight/reviews";
  }

  private static ImpactView impactView(DashboardQueries.ImpactRow row) {
    String judgement = row.latestJudgement() == null ? "Not yet checked"
        : org.reviewactions.review.ImpactJudgement.valueOf(row.latestJudgement()).label();
    return new ImpactView(row.reviewId(), row.reviewTitle(), row.number(), shorten(row.text()),
        org.reviewactions.review.RecommendationStatus.valueOf(row.status()).label(), judgement,
        row.nextCheckDue() == null ? "None" : org.reviewactions.shared.FormDates.shown(row.nextCheckDue()));
  }

  private ActionView view(DashboardQueries.ActionRow row, Map<String, String> ownerNames,
      Map<String, List<WaitingTasks.TaskLink>> tasks) {
    long days = row.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(row.dueDate(), rag.today()));
    Rag r = Rag.valueOf(row.rag());
    return new ActionView(row.id(), shorten(row.description()), row.reviewTitle(), row.recommendationNumber(), row.agency(),
        row.ownerId() == null ? "No owner yet" : ownerNames.getOrDefault(row.ownerId(), row.ownerId()),
        row.dueDate() == null ? "No due date" : FormDates.shown(row.dueDate()), days, ActionStatus.valueOf(row.status()).label(),
        r.label(), tag(r), escalation(row), tasksOf(tasks, row.processInstanceId()));
  }

  /** A row whose process has not started (or whose record has none) has no waiting task. */
  private static List<WaitingTasks.TaskLink> tasksOf(Map<String, List<WaitingTasks.TaskLink>> tasks, String processInstanceId) {
    return processInstanceId == null ? List.of() : tasks.getOrDefault(processInstanceId, List.of());
  }

  static String tag(Rag rag) {
    return switch (rag) {
      case RED -> "govuk-tag--red";
      case AMBER -> "govuk-tag--orange";
      case GREEN -> "govuk-tag--green";
      case COMPLETE -> "govuk-tag--blue";
      case CLOSED_INCOMPLETE -> "govuk-tag--grey";
      case WITHDRAWN -> "govuk-tag--purple";
    };
  }

  private static String escalation(DashboardQueries.ActionRow row) {
    if ("ESCALATED".equals(row.status()) || row.escalated()) {
      return "With the board";
    }
    if ("LAPSED".equals(row.status())) {
      return "Lapsed: with the sub-group chair";
    }
    return row.lapsed() ? "Lapsed" : "Not escalated";
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static Pagination pagination(Paged<?> paged, String parameter, Map<String, String> params) {
    if (paged.pages() <= 1) {
      return null;
    }
    List<PageLink> pages = new ArrayList<>();
    for (int i = 1; i <= paged.pages(); i++) {
      if (i == 1 || i == paged.pages() || Math.abs(i - paged.page()) <= 2) {
        pages.add(new PageLink(i, href(params, parameter, i), i == paged.page()));
      }
    }
    return new Pagination(paged.hasPrevious() ? href(params, parameter, paged.page() - 1) : null,
        paged.hasNext() ? href(params, parameter, paged.page() + 1) : null, pages);
  }

  /** The same filters and other lists' pages, with this list on another page; every value encoded. */
  private static String href(Map<String, String> params, String parameter, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reviews");
    for (String name : List.of("review", "agency", "status", "owner", "overduePage", "soonPage", "confirmPage")) {
      String value = name.equals(parameter) ? Integer.toString(page) : params.get(name);
      if (value != null && !value.isBlank()) {
        uri.queryParam(name, value);
      }
    }
    return uri.encode().build().toUriString();
  }

  private static Long number(String value, String problem, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(problem);
      return null;
    }
  }

  private static ActionStatus status(String value, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<ActionStatus> found = Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(value.strip())).findFirst();
    if (found.isEmpty()) {
      errors.add("Choose a status from the list.");
    }
    return found.orElse(null);
  }

  private static int page(String value, List<String> errors) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(value.strip());
      if (page < 1) {
        errors.add("Page numbers start at 1.");
        return 1;
      }
      return page;
    } catch (NumberFormatException e) {
      errors.add("A page number is a whole number, such as 2.");
      return 1;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
