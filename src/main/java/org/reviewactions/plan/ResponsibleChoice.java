package org.reviewactions.plan;

import java.util.Optional;

/**
 * Who is responsible for the actions of a plan that names no one. The tracker never guesses: unless the
 * plan manager chooses {@link #AGENCY_LEAD}, a plan without a Responsible column is refused.
 */
public enum ResponsibleChoice {
  /** As the plan says; a plan without a Responsible column is refused. */
  AS_WRITTEN(""),
  /** Each action goes to "&lt;agency&gt; lead", a role whose holders are asked to name the action's owner. */
  AGENCY_LEAD("agency-lead");

  /** The parameter that carries the choice on the API and the import page. */
  static final String FIELD = "responsible";
  static final String ROLE_SUFFIX = " lead";

  private final String value;

  ResponsibleChoice(String value) {
    this.value = value;
  }

  /** The parameter value that makes this choice; empty for the default. */
  public String value() {
    return value;
  }

  /** The choice a parameter names; absent or blank is {@link #AS_WRITTEN}, anything unknown is empty. */
  static Optional<ResponsibleChoice> parse(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return Optional.of(AS_WRITTEN);
    }
    return AGENCY_LEAD.value.equals(parameter.strip()) ? Optional.of(AGENCY_LEAD) : Optional.empty();
  }

  /** The refusal of a value that is not a choice, answered 400 before the file is read. */
  static ImportError unknown(String parameter) {
    return new ImportError(null, FIELD, "The responsible choice \"" + ColumnMapping.shorten(parameter)
        + "\" does not exist; leave it out, or give \"" + AGENCY_LEAD.value + "\" to make each action's agency lead "
        + "responsible in a plan that names no one.");
  }
}
