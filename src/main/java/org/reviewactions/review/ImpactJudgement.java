package org.reviewactions.review;

import java.util.Arrays;
import java.util.Optional;

/** What an impact check concluded; {@link #formValue()} is the form's choice. */
public enum ImpactJudgement {
  EMBEDDED("embedded", "Learning embedded"),
  PARTLY("partly", "Partly embedded"),
  NOT_EVIDENT("notEvident", "Not evident");

  private final String formValue;
  private final String label;

  ImpactJudgement(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  public String formValue() { return formValue; }
  public String label() { return label; }

  /** The judgement a form's value names, or empty when it names none. */
  public static Optional<ImpactJudgement> ofFormValue(String value) {
    return Arrays.stream(values()).filter(j -> j.formValue.equals(value)).findFirst();
  }
}
