package org.reviewactions.notification;

import java.nio.file.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings under {@code rat.mail}.
 *
 * @param transport where mail goes: {@link Transport#OUTBOX} writes {@code .eml} files into {@code outboxDir}
 *     (the demo default), {@link Transport#SMTP} sends through Spring's {@code JavaMailSender} ({@code spring.mail.*})
 * @param outboxDir the folder the outbox transport writes to; created when missing
 * @param from the sender, as an RFC 5322 address with an optional display name
 */
@Validated
@ConfigurationProperties("rat.mail")
public record NotificationProperties(@NotNull Transport transport, @NotNull Path outboxDir, @NotBlank String from) {

  public static final String DEFAULT_FROM = "Review Action Tracker <no-reply@review-actions.example.org>";

  /** Where the application's mail goes. */
  public enum Transport {
    OUTBOX,
    SMTP
  }

  public NotificationProperties {
    if (transport == null) {
      transport = Transport.OUTBOX;
    }
    if (outboxDir == null) {
      outboxDir = Path.of("outbox");
    }
    // A blank sender is refused at start-up (@NotBlank), not quietly replaced.
    if (from == null) {
      from = DEFAULT_FROM;
    }
  }
}
