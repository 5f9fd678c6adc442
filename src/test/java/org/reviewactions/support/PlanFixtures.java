package org.reviewactions.support;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The seed plans as test fixtures, and what they hold. */
public final class PlanFixtures {

  public static final String KINGSTON_CSV = "plans/kingston-baby-a.csv";
  public static final String OXFORDSHIRE_CSV = "plans/oxfordshire-infant-y.csv";
  public static final String OXFORDSHIRE_XLSX = "plans/oxfordshire-infant-y.xlsx";
  public static final int KINGSTON_RECOMMENDATIONS = 33;
  public static final int KINGSTON_ACTIONS = 37;
  public static final String KINGSTON_HOSPITAL_REC = "3.6.1";

  private PlanFixtures() {}

  public static Resource resource(String path) {
    return new ClassPathResource(path);
  }
}
