package org.reviewactions.review;

import java.util.Arrays;
import java.util.Optional;

/** How the sub-group will check a recommendation's impact; {@link #formValue()} is the form's choice. */
public enum ImpactMethod {
  AUDIT("audit", "An audit"),
  STAFF_SURVEY("staffSurvey", "A survey of staff"),
  INDICATOR("indicator", "An indicator"),
  OTHER("other", "Other");

  private final String formValue;
  private final String label;

  ImpactMethod(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  public String formValue() { return formValue; }
  public String label() { return label; }

  /** The method a form's value names, or empty when it names none. */
  public static Optional<ImpactMethod> ofFormValue(String value) {
    return Arrays.stream(values()).filter(m -> m.formValue.equals(value)).findFirst();
  }
}
