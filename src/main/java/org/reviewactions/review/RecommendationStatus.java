package org.reviewactions.review;

/** Where a recommendation stands: its actions are running, or the monitoring sub-group confirmed it. */
public enum RecommendationStatus {
  IN_PROGRESS,
  AWAITING_CONFIRMATION,
  IMPLEMENTED
}
