package org.reviewactions.notification;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wants immediate e-mails about waiting tasks and who one digest a working day. */
@Service
public class EmailPreferences {

  private static final int MAX_USER_ID = 100;

  private final EmailPreferenceRepository repository;
  private final NotificationDeliveryProperties properties;
  private final Clock clock;

  EmailPreferences(EmailPreferenceRepository repository, NotificationDeliveryProperties properties, Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public EmailDelivery deliveryFor(String userId) {
    if (userId == null) {
      return properties.defaultDelivery();
    }
    return repository.findById(userId).map(EmailPreference::getDelivery).orElse(properties.defaultDelivery());
  }

  public boolean prefersDigest(String userId) {
    return deliveryFor(userId) == EmailDelivery.DIGEST;
  }

  /** Everyone's choice at once, for the digest run (people without a row get the default). */
  @Transactional(readOnly = true)
  public Map<String, EmailDelivery> chosen() {
    return repository.findAll().stream()
        .collect(Collectors.toMap(EmailPreference::getUserId, EmailPreference::getDelivery, (a, b) -> a));
  }

  public EmailDelivery defaultDelivery() {
    return properties.defaultDelivery();
  }

  /** Records the person's choice; the caller has checked it is their own. */
  @Transactional
  public void choose(String userId, EmailDelivery delivery) {
    if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID || delivery == null) {
      throw new IllegalArgumentException("An e-mail preference needs a user id (at most 100 characters) and a choice");
    }
    repository.findById(userId).ifPresentOrElse(p -> p.choose(delivery, clock.instant()),
        () -> repository.save(new EmailPreference(userId, delivery, clock.instant())));
  }

  /** Sets the choice only for someone who never made one (the demo's people start on the digest). */
  @Transactional
  public void chooseIfUnset(String userId, EmailDelivery delivery) {
    if (!repository.existsById(userId)) {
      choose(userId, delivery);
    }
  }
}
