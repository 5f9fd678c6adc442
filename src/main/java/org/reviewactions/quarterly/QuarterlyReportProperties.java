package org.reviewactions.quarterly;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the quarterly report's timer fires ({@code rat.quarterly-report.cron}, the engine's cron: seconds, minutes,
 * hours, day of month, month, day of week). "The first working day of the quarter" is no cron, so the default fires
 * at 09:00 on each of the first seven days of January, April, July and October and the process itself ends quietly
 * on every one of them but the quarter's first working day (a quarter's first working day always falls in its first
 * seven days: at most a weekend and two bank holidays come first).
 */
@Validated
@ConfigurationProperties("rat.quarterly-report")
public record QuarterlyReportProperties(@DefaultValue("0 0 9 1-7 1,4,7,10 ?") @NotBlank String cron) {}
