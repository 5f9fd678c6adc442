package org.reviewactions.plan;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Keeps a previewed plan on the server until the plan manager confirms it, so that what is imported is
 * exactly the file that was previewed and the file does not travel back through the browser. Each
 * preview is held under a random token, for the user who made it only, for {@link #LIFETIME}; the
 * previews held together are capped, the oldest giving way first.
 */
@Component
class PreviewStore {

  static final Duration LIFETIME = Duration.ofMinutes(30);
  /** Previews one plan manager may hold at once (a few tabs); an older one gives way to a newer. */
  static final int PER_USER = 3;
  /** All previews together hold at most this many plans of the largest size accepted. */
  static final int PLANS_HELD = 10;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Clock clock;
  private final long maxBytes;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Held> held = new LinkedHashMap<>();
  private long bytes;

  private record Held(String user, ImportCommand command, Instant expires) {
    long size() {
      return command.content() == null ? 0 : command.content().length;
    }
  }

  PreviewStore(Clock clock, ImportLimits limits) {
    this.clock = clock;
    this.maxBytes = limits.maxFileSize().toBytes() * PLANS_HELD;
  }

  /** Holds the plan for its user and returns the token that finds it again. */
  synchronized String keep(ImportCommand command) {
    dropExpired();
    String token = newToken();
    put(token, new Held(command.importedBy(), command, clock.instant().plus(LIFETIME)));
    int mine = 0;
    for (Iterator<Map.Entry<String, Held>> it = reversed(); it.hasNext(); ) {
      Map.Entry<String, Held> e = it.next();
      if (e.getValue().user().equals(command.importedBy()) && ++mine > PER_USER) {
        remove(e.getKey());
      }
    }
    while (bytes > maxBytes && held.size() > 1) {
      remove(held.keySet().iterator().next());
    }
    return token;
  }

  /** Replaces the plan held under the token (with a new mapping), if the token is the user's and current. */
  synchronized boolean replace(String token, ImportCommand command) {
    if (find(token, command.importedBy()).isEmpty()) {
      return false;
    }
    remove(token);
    put(token, new Held(command.importedBy(), command, clock.instant().plus(LIFETIME)));
    return true;
  }

  /** The plan held under the token, if the token is current and was given to this user. */
  synchronized Optional<ImportCommand> find(String token, String user) {
    dropExpired();
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    Held found = held.get(token);
    return found != null && Objects.equals(found.user(), user) ? Optional.of(found.command()) : Optional.empty();
  }

  /** Lets the plan go once it has been imported (or found to be imported already). */
  synchronized void forget(String token, String user) {
    if (find(token, user).isPresent()) {
      remove(token);
    }
  }

  synchronized int size() {
    return held.size();
  }

  private void dropExpired() {
    Instant now = clock.instant();
    held.entrySet().removeIf(e -> {
      boolean expired = !e.getValue().expires().isAfter(now);
      if (expired) {
        bytes -= e.getValue().size();
      }
      return expired;
    });
  }

  private void put(String token, Held entry) {
    held.put(token, entry);
    bytes += entry.size();
  }

  private void remove(String token) {
    Held gone = held.remove(token);
    if (gone != null) {
      bytes -= gone.size();
    }
  }

  /** Newest first. */
  private Iterator<Map.Entry<String, Held>> reversed() {
    List<Map.Entry<String, Held>> entries = new ArrayList<>(held.entrySet());
    Collections.reverse(entries);
    return entries.iterator();
  }

  private String newToken() {
    byte[] token = new byte[32];
    random.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }
}
