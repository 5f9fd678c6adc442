package org.reviewactions.notification;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a failed e-mail send is retried: the waits between attempts, {@code rat.notifications.retry-intervals}.
 * The notification process reads {@link #getIntervals()} as its send task's {@code failedJobRetryTimeCycle}
 * (Camunda's list form: one retry per interval, the last interval for the last retry), so an e-mail outage
 * shorter than their sum costs a delay, never an incident. The default spans a long weekend (docs/operations.md,
 * "Faults"); it is checked at start-up, so a typing error stops the start rather than falling back to the engine's
 * three immediate retries.
 */
@Component("notificationRetries")
public class NotificationRetries {

  /** Backing off from a minute to a day, 12 retries over 99 h 51 min: a mail server down from Friday to Tuesday. */
  public static final String DEFAULT =
      "PT1M,PT5M,PT15M,PT30M,PT1H,PT2H,PT4H,PT8H,PT12H,PT24H,PT24H,PT24H";

  private final String intervals;
  private final Duration span;

  NotificationRetries(@Value("${rat.notifications.retry-intervals:" + DEFAULT + "}") String intervals) {
    List<String> parts = Arrays.stream(intervals.split(",")).map(String::strip).toList();
    Duration total = Duration.ZERO;
    for (String part : parts) {
      Duration wait;
      try {
        wait = Duration.parse(part);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("rat.notifications.retry-intervals must be ISO 8601 durations separated by"
            + " commas (for example PT1M,PT1H,PT24H); '" + part + "' is not one", e);
      }
      if (wait.isNegative() || wait.isZero()) {
        throw new IllegalStateException("rat.notifications.retry-intervals: every wait must be longer than zero, not '"
            + part + "'");
      }
      total = total.plus(wait);
    }
    this.intervals = String.join(",", parts);
    this.span = total;
  }

  /** The intervals as the engine reads them: ISO 8601 durations separated by commas. */
  public String getIntervals() {
    return intervals;
  }

  /** How many times a failed send is tried again before it becomes an incident. */
  public int retries() {
    return intervals.split(",").length;
  }

  /** How long after the first failed attempt the last retry runs: the longest outage without an incident. */
  public Duration span() {
    return span;
  }
}
