package org.reviewactions.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult.PreviewAction;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Review;
import org.reviewactions.timescale.ParsedTimescale;
import org.springframework.stereotype.Component;

/**
 * Writes a checked plan: the review, then its recommendations and actions, then one recommendation process each.
 * Each step takes a slice of the plan, so that an import can commit it in chunks; none reads back what earlier
 * slices wrote, so the work per action does not grow with the plan. Callers hold the transaction.
 */
@Component
class PlanWriter {

  private final Clock clock;
  private final ReviewRepository reviews;
  private final RecommendationRepository recommendations;
  private final ActionService actions;
  private final RuntimeService runtimeService;
  private final EntityManager entityManager;
  private final RoleDirectory roles;
  private final SuspendedStarts suspendedStarts;

  PlanWriter(Clock clock, ReviewRepository reviews, RecommendationRepository recommendations, ActionService actions,
      RuntimeService runtimeService, EntityManager entityManager, RoleDirectory roles, SuspendedStarts suspendedStarts) {
    this.roles = roles;
    this.suspendedStarts = suspendedStarts;
    this.clock = clock;
    this.reviews = reviews;
    this.recommendations = recommendations;
    this.actions = actions;
    this.runtimeService = runtimeService;
    this.entityManager = entityManager;
  }

  /** One slice of the plan's recommendations, with the position of the first in the whole plan. */
  record Slice(int firstPosition, List<PreviewRecommendation> recommendations) {
    int actionCount() {
      return recommendations.stream().mapToInt(r -> r.actions().size()).sum();
    }
  }

  /** The plan cut into slices of whole recommendations with at most about {@code actionsPerSlice} actions each. */
  static List<Slice> slices(List<PreviewRecommendation> plan, int actionsPerSlice) {
    List<Slice> slices = new ArrayList<>();
    List<PreviewRecommendation> current = new ArrayList<>();
    int first = 1;
    int actionsInCurrent = 0;
    for (int i = 0; i < plan.size(); i++) {
      PreviewRecommendation rec = plan.get(i);
      if (!current.isEmpty() && actionsInCurrent + rec.actions().size() > actionsPerSlice) {
        slices.add(new Slice(first, current));
        current = new ArrayList<>();
        first = i + 1;
        actionsInCurrent = 0;
      }
      current.add(rec);
      actionsInCurrent += rec.actions().size();
    }
    if (!current.isEmpty()) {
      slices.add(new Slice(first, current));
    }
    return slices;
  }

  /**
   * Saves the review, and the plan's responsible roles and agency groups that do not exist yet: the chunks after
   * it, which may run at once, then only find them, rather than two chunks creating the same new role.
   */
  Long saveReview(ImportCommand command, LocalDate published, List<PreviewRecommendation> plan) {
    String board = command.board().strip();
    Set<List<String>> named = new LinkedHashSet<>();
    for (PreviewRecommendation rec : plan) {
      for (PreviewAction a : rec.actions()) {
        named.add(List.of(a.responsible(), a.agency() == null ? board : a.agency()));
      }
    }
    Set<String> agencies = new HashSet<>();
    for (List<String> role : named) {
      roles.findOrCreate(role.get(0), role.get(1));
      if (agencies.add(role.get(1))) {
        roles.ensureAgencyGroups(role.get(1));
      }
    }
    return saveReview(command, published);
  }

  Long saveReview(ImportCommand command, LocalDate published) {
    Review review = new Review(command.reviewRef().strip(), command.title().strip(), command.board().strip(), published);
    review.setSourceFile(command.fileName());
    review.setImportedBy(command.importedBy());
    review.setImportedAt(clock.instant());
    reviews.saveAndFlush(review);
    return review.getId();
  }

  /** Saves a slice's recommendations and actions; returns the recommendations' ids in plan order. */
  List<Long> saveRecommendations(ImportCommand command, Long reviewId, Slice slice, LocalDate progressAsAt) {
    // Read, not referenced: Hibernate makes no proxies (shared/NoRuntimeProxies).
    Review review = reviews.findById(reviewId).orElseThrow();
    String board = command.board().strip();
    int recPosition = slice.firstPosition();
    List<Long> saved = new ArrayList<>();
    for (PreviewRecommendation rec : slice.recommendations()) {
      Recommendation recommendation = recommendations.save(new Recommendation(review, recPosition++, rec.number(),
          rec.text(), rec.intendedOutcome(), sourceOf(command, rec.row())));
      int actionPosition = 0;
      for (PreviewAction a : rec.actions()) {
        String agency = a.agency() == null ? board : a.agency();
        Action action = actions.create(recommendation, ++actionPosition, a.description(), agency, a.responsible(),
            a.timescale(), new ParsedTimescale(a.startDate(), a.dueDate(),
                a.reviewCadence() == null ? null : Period.parse(a.reviewCadence()), a.needsConfirmation(),
                a.timescaleNote()), command.importedBy());
        action.setImportedStatus(a.status());
        if (a.progress() != null) {
          actions.recordImportedProgress(action.getId(), progressAsAt, a.progress(), command.importedBy());
        }
      }
      saved.add(recommendation.getId());
      forgetSaved();
    }
    return saved;
  }

  /**
   * Starts the recommendation process of each saved recommendation (which starts one action process per action).
   * With {@code suspend}, every instance started is written suspended ({@link SuspendedStarts}), so no timer of it
   * fires and no task of it can be worked until the import {@linkplain #activate activates} it.
   */
  void startProcesses(List<Long> recommendationIds, boolean suspend) {
    for (Long id : recommendationIds) {
      Recommendation recommendation = recommendations.findById(id).orElseThrow();
      Map<String, Object> variables = Map.of(RecommendationProcess.Var.RECOMMENDATION_ID, id);
      ProcessInstance instance = suspend
          ? suspendedStarts.start(RecommendationProcess.KEY, recommendation.businessKey(), variables)
          : runtimeService.startProcessInstanceByKey(RecommendationProcess.KEY, recommendation.businessKey(), variables);
      recommendation.setProcessInstanceId(instance.getId());
      forgetSaved();
    }
  }

  /** Lets the processes of these recommendations (and the action processes they called) run. */
  void activate(List<String> recommendationInstanceIds) {
    for (String id : recommendationInstanceIds) {
      runtimeService.updateProcessInstanceSuspensionState()
          .byProcessInstanceQuery(runtimeService.createProcessInstanceQuery().rootProcessInstanceId(id))
          .activate();
    }
  }

  /**
   * Writes what is pending and lets the persistence context forget it. Hibernate checks every entity it
   * manages before each query (the processes' listeners query per action), so a context that kept a
   * whole plan's actions, progress and history made a large import slow down with the square of its size.
   */
  private void forgetSaved() {
    entityManager.flush();
    entityManager.clear();
  }

  private static String sourceOf(ImportCommand command, int row) {
    String name = command.fileName() == null ? "uploaded plan" : command.fileName();
    String source = name + ", row " + row;
    return source.length() > 500 ? source.substring(source.length() - 500) : source;
  }
}
