package org.reviewactions.action;

import java.time.LocalDate;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.Review;

/**
 * Template models for the mail tests, built by the production code that builds them ({@link ActionMail#model}) from an
 * action of a real SCR plan, so a template test cannot pass on a value production never sends.
 */
public final class ActionMailModels {

  /** The subject line's short form of the action ({@code actionShort}) as production cuts it. */
  public static final String ACTION_SHORT = "Audit health visitor records for completeness and report to…";

  private ActionMailModels() {}

  /** The model of an e-mail to Jane Okafor about the Kingston health visitor audit, due Friday 12 March 2027. */
  public static Map<String, Object> kingstonAudit(String taskLink) {
    Review review = new Review("KLSCB-2006-01", "SCR Baby A", "Kingston LSCB", LocalDate.of(2006, 2, 1));
    Recommendation recommendation = new Recommendation(review, 1, "3.3.9 ii",
        "The PCT should ensure that health visitors record every contact with the family.",
        "Health records show the whole picture of a child's contacts.", null);
    Action action = new Action(1L, 1, "Audit health visitor records for completeness and report to the LSCB.",
        "Kingston Primary Care Trust", "Director of Nursing");
    action.schedule("March – Sept 2006", LocalDate.of(2006, 3, 1), LocalDate.of(2027, 3, 12), null, false, null);
    return ActionMail.model(action, recommendation, new Person("jane.okafor", "Jane Okafor", "jane@example.org"), taskLink);
  }
}
