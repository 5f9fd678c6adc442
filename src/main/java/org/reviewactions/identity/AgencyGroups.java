package org.reviewactions.identity;

import java.text.Normalizer;
import java.util.Locale;

/** Camunda group ids derived from agency names: "RBK Children's Services" → rbk-childrens-services. */
public final class AgencyGroups {

  /** The Camunda group type of an agency's group: its people. */
  public static final String AGENCY_TYPE = "AGENCY";
  /** The Camunda group type of an agency's leads group: who nominates its action owners. */
  public static final String LEADS_TYPE = "AGENCY_LEADS";

  private AgencyGroups() {}

  public static String agencyGroup(String agency) {
    String ascii = Normalizer.normalize(agency, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT)
        .replace("'", "").replace("’", "").replace("&", " and ")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("Agency name '" + agency + "' has no letters or digits to name a group after");
    }
    return slug.length() > 50 ? slug.substring(0, 50).replaceAll("-+$", "") : slug;
  }

  /**
   * Whether someone in these groups is one of the agency's people: its group or its leads group. The one rule for
   * the pages that show an agency's own share of a review (dashboard, progress report).
   */
  public static boolean isOf(java.util.Collection<String> groupIds, String agency) {
    try {
      return groupIds.contains(agencyGroup(agency)) || groupIds.contains(leadsGroup(agency));
    } catch (IllegalArgumentException noGroupName) {
      return false;
    }
  }

  public static String leadsGroup(String agency) {
    return agencyGroup(agency) + "-leads";
  }
}
