package org.reviewactions.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * How long the records of sent e-mails are kept ({@code rat.notifications.keep-for}, {@code cleanup-at},
 * {@code cleanup-batch}); see {@link MailRecordCleanup} for what goes when.
 *
 * @param keepFor an e-mail's record ({@code notification}) is kept at least this long after it was first tried; an
 *     action's e-mails longer, as long as the engine keeps the action's history. At least the retry cycle
 *     ({@code rat.notifications.retry-intervals}), within which a send may be tried again and needs its key
 * @param cleanupAt when the cleanup runs, a Spring cron expression in {@code rat.zone}; {@code -} turns it off
 * @param cleanupBatch how many rows one transaction of the cleanup deletes at most
 */
@Validated
@ConfigurationProperties("rat.notifications")
public record MailRecordRetention(
    @DefaultValue("400d") @NotNull Duration keepFor,
    @DefaultValue("0 15 3 * * *") @NotNull String cleanupAt,
    @DefaultValue("500") @Positive int cleanupBatch) {

  public MailRecordRetention {
    if (cleanupAt != null && !Scheduled.CRON_DISABLED.equals(cleanupAt) && !CronExpression.isValidExpression(cleanupAt)) {
      throw new IllegalArgumentException("rat.notifications.cleanup-at must be a cron expression of six fields "
          + "(second minute hour day month weekday, for example '0 15 3 * * *') or '-' for never; '" + cleanupAt
          + "' is not one");
    }
  }

  /** Refuses a period within which a failed send may still be retried: the retry would find no key and send again. */
  void checkLongerThan(Duration retrySpan) {
    if (keepFor.compareTo(retrySpan) <= 0) {
      throw new IllegalStateException("rat.notifications.keep-for (" + keepFor + ") must be longer than the retry "
          + "cycle of rat.notifications.retry-intervals (" + retrySpan + "): a send retried after its record went "
          + "would be sent again");
    }
  }

  /** Whether the scheduled cleanup runs at all. */
  boolean enabled() {
    return !Scheduled.CRON_DISABLED.equals(cleanupAt);
  }
}
