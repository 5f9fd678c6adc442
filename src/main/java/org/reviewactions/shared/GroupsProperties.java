package org.reviewactions.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Camunda groups that hold the standing roles of the product. */
@ConfigurationProperties("rat.groups")
public record GroupsProperties(String monitoring, String board, String planManagers) {

  public GroupsProperties {
    monitoring = monitoring == null ? "subgroup-chairs" : monitoring;
    board = board == null ? "board" : board;
    planManagers = planManagers == null ? "plan-managers" : planManagers;
  }
}
