package org.reviewactions.indicator;

import java.util.List;
import java.util.stream.Collectors;
import org.reviewactions.shared.BusinessRuleException;

/**
 * What was typed was refused, field by field, and nothing was saved: the page shows each problem in its error summary
 * beside its field, the API answers 400 with them all.
 */
public class FiguresRefused extends BusinessRuleException {

  /** One refused field: the form's field name and what to change, written for the person at the form. */
  public record Problem(String field, String message) {}

  private final transient List<Problem> problems;

  FiguresRefused(List<Problem> problems) {
    super(problems.get(0).field(), problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
