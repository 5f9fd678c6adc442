package org.reviewactions.indicator;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the quarterly indicators' timer fires ({@code rat.indicators.cron}, the engine's cron). As for the quarterly
 * report, "the first working day of the quarter" is no cron: the default fires at 07:00 on each of the first seven days
 * of January, April, July and October, and the process goes on only on the quarter's first working day.
 */
@Validated
@ConfigurationProperties("rat.indicators")
public record IndicatorScheduleProperties(@DefaultValue("0 0 7 1-7 1,4,7,10 ?") @NotBlank String cron) {}
