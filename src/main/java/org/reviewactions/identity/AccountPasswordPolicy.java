package org.reviewactions.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy for every account, applied by the engine wherever a password is set (invitation page, REST,
 * Admin webapp, the initial administrator): at least {@value #MIN_LENGTH} characters, not only spaces, and not
 * containing the user id.
 *
 * <p>Length is the rule that matters against guessing; composition rules (digits, capitals) are left out because they
 * push people towards predictable passwords. Each rule says in words what it asks for ({@link #requirement}), so a
 * refusal can name the rule it broke.
 */
public final class AccountPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** A rule that can say what it asks for, in one sentence a person choosing a password understands. */
  public interface DescribedRule extends PasswordPolicyRule {
    String requirement();
  }

  private static final List<PasswordPolicyRule> RULES = List.of(new MinimumLength(), new NotOnlySpaces(), new NotUserId());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return RULES;
  }

  /** What the rule asks for; rules from elsewhere are named by their placeholder. */
  public static String requirement(PasswordPolicyRule rule) {
    return rule instanceof DescribedRule described ? described.requirement() : rule.getPlaceholder();
  }

  /** One sentence naming every rule the password broke, for a 4xx answer or a start-up failure. */
  public static String refusal(List<PasswordPolicyRule> violated) {
    return "The password does not meet the password policy. "
        + violated.stream().map(AccountPasswordPolicy::requirement).collect(Collectors.joining(" "));
  }

  /** Every rule in words, for pages where a password is chosen. */
  public static List<String> requirements() {
    return RULES.stream().map(AccountPasswordPolicy::requirement).toList();
  }

  /** Counts characters as people see them: an emoji is one character, not two UTF-16 units. */
  static final class MinimumLength implements DescribedRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_LENGTH"; // Camunda Admin knows how to show this one
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("minLength", String.valueOf(MIN_LENGTH));
    }

    @Override
    public boolean execute(String candidatePassword) {
      return candidatePassword.codePointCount(0, candidatePassword.length()) >= MIN_LENGTH;
    }

    @Override
    public String requirement() {
      return "A password needs at least " + MIN_LENGTH + " characters.";
    }
  }

  /** Twelve spaces (or tabs, or no-break spaces) pass a length rule but are the first thing an attacker tries. */
  static final class NotOnlySpaces implements DescribedRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_ONLY_SPACES";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String candidatePassword) {
      return !candidatePassword.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    @Override
    public String requirement() {
      return "A password cannot be only spaces.";
    }
  }

  /**
   * The user id is public (it is in e-mails and on task lists), so a password built on it is guessed first. Camunda's
   * own user-data rule also refuses first and last names, which for short names such as "Jo" refuses half the
   * dictionary; only the id is refused here.
   */
  static final class NotUserId implements DescribedRule {
    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA"; // Camunda Admin shows this one as "must not contain any user data"
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String candidatePassword) {
      return true; // without a user there is no id to compare with
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      if (user == null || user.getId() == null || user.getId().isBlank()) {
        return true;
      }
      return !candidatePassword.toLowerCase(Locale.ROOT).contains(user.getId().strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String requirement() {
      return "A password cannot contain the user id.";
    }
  }
}
