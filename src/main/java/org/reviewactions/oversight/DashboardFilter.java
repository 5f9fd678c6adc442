package org.reviewactions.oversight;

import org.reviewactions.action.ActionStatus;

/** The filters of the dashboard's GET form; null means not filtered. */
record DashboardFilter(Long reviewId, String agency, ActionStatus status, String ownerId) {

  static DashboardFilter none() {
    return new DashboardFilter(null, null, null, null);
  }
}
