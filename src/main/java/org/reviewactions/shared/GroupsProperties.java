package org.reviewactions.shared;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The Camunda groups that hold the standing roles of the product; a blank one stops start-up naming it. */
@Validated
@ConfigurationProperties("rat.groups")
public record GroupsProperties(
    @DefaultValue("subgroup-chairs") @NotBlank String monitoring,
    @DefaultValue("board") @NotBlank String board,
    @DefaultValue("plan-managers") @NotBlank String planManagers) {}
