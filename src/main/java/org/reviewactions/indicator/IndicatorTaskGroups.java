package org.reviewactions.indicator;

import org.reviewactions.shared.GroupsProperties;
import org.springframework.stereotype.Component;

/**
 * Submit quarterly indicators' candidate groups ({@code ${indicatorTaskGroups.of(submissionId)}}), worked out as the
 * task is created so a lead named since the request is asked. Public for the engine's expression language.
 */
@Component("indicatorTaskGroups")
public class IndicatorTaskGroups {

  private final Indicators indicators;
  private final GroupsProperties groups;

  IndicatorTaskGroups(Indicators indicators, GroupsProperties groups) {
    this.indicators = indicators;
    this.groups = groups;
  }

  /** The agency's leads group, with the plan managers while the agency has no lead. */
  public String of(Long submissionId) {
    return indicators.submittingGroups(submissionId, groups.planManagers());
  }
}
