package org.reviewactions.identity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.notification.TasklistLinks;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by e-mail, so that people from different agencies can join without a shared directory.
 *
 * <p>{@link #invite} creates the Camunda account with no usable password (a random one nobody knows), adds it to the
 * chosen groups, records the invitation and sends the {@code invitation} e-mail with a link
 * {@code <public-url>/invitations/<token>}. The token is 32 random bytes; only its SHA-256 hash is stored. All of it
 * happens in one transaction: bad input or a failed send leaves no account, no membership and no invitation.
 *
 * <p>{@link #accept} lets the invitee choose a password through the link, once, until it expires
 * ({@code rat.invitations.valid-for}, by default seven days).
 *
 * <p>Callers first make sure the signed-in user is a plan manager or administrator, then call {@link #invite} on the
 * application's own account ({@link org.reviewactions.shared.AsSystem}), since creating users and memberships needs
 * rights plan managers do not have in Camunda. What the inviter may grant is checked here: plan managers invite into
 * agency groups and agency leads groups only; the monitoring sub-group, the board, the plan managers,
 * {@code camunda-admin} and any other group are granted by administrators ({@code camunda-admin}), who may invite into
 * any group.
 *
 * <p>The password chosen through the link must meet the engine's password policy ({@link AccountPasswordPolicy}).
 */
@Service
public class InvitationService {

  /** User ids: lower-case letters, digits, dot, underscore, at sign and dash; 2 to 64 characters. */
  public static final Pattern USER_ID = Pattern.compile("[a-z0-9._@-]{2,64}");
  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_PASSWORD_LENGTH = 200;
  static final String MAIL_KIND = "invitation";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  /** The group types {@link RoleDirectory#ensureAgencyGroups} gives an agency's groups. */
  private static final Set<String> AGENCY_GROUP_TYPES = Set.of("AGENCY", "AGENCY_LEADS");

  /** One thing wrong with the input, named by its field ({@code userId}, {@code email}, {@code password}, ...). */
  public record FieldProblem(String field, String message) {}

  /** The input cannot be used; nothing was saved. */
  public static class InvalidInputException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    InvalidInputException(List<FieldProblem> problems) {
      super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
      this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
      return problems;
    }
  }

  /** There is already an account with the user id; nothing was saved. */
  public static class UserExistsException extends RuntimeException {
    UserExistsException(String userId) {
      super("There is already a user with the id '" + userId + "'. Choose another user id, or add the existing user to groups in Admin.");
    }
  }

  /** The inviter may not add people to these groups; nothing was saved. The message names them. */
  public static class GrantNotAllowedException extends RuntimeException {
    GrantNotAllowedException(List<String> groupIds) {
      super("Only an administrator may add people to " + String.join(", ", groupIds.stream().map(g -> "'" + g + "'").toList())
          + ". Plan managers invite into agency groups and agency leads groups; ask an administrator to invite this"
          + " person or to add them to the group in Camunda Admin.");
    }
  }

  /** The link is unknown, used or expired; the message says which, for the person at the page. */
  public static class InvitationNotUsableException extends RuntimeException {
    InvitationNotUsableException(String message) {
      super(message);
    }
  }

  /** An invitation just sent. */
  public record Invited(Long invitationId, String userId, String email, Instant expiresAt, String expiresOn) {}

  /** What the invitation page shows about a link that still works. */
  public record PendingInvitation(String userId, String displayName, Instant expiresAt, String expiresOn) {}

  private final IdentityService identityService;
  private final InvitationRepository invitations;
  private final NotificationService notifications;
  private final TasklistLinks links;
  private final RoleDirectory directory;
  private final GroupsProperties standingGroups;
  private final Clock clock;
  private final Duration validFor;
  private final SecureRandom random = new SecureRandom();

  InvitationService(IdentityService identityService, InvitationRepository invitations, NotificationService notifications,
      TasklistLinks links, RoleDirectory directory, GroupsProperties standingGroups, Clock clock,
      @Value("${rat.invitations.valid-for:P7D}") Duration validFor) {
    this.identityService = identityService;
    this.invitations = invitations;
    this.notifications = notifications;
    this.links = links;
    this.directory = directory;
    this.standingGroups = standingGroups;
    this.clock = clock;
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("rat.invitations.valid-for must be a positive duration such as P7D, not " + validFor);
    }
    this.validFor = validFor;
  }

  /**
   * Creates the account, its memberships and the invitation, and e-mails the link, all in one transaction.
   *
   * @param userId the new user's id, matching {@link #USER_ID}
   * @param firstName the invitee's first name, not blank, at most {@value #MAX_NAME_LENGTH} characters
   * @param lastName the invitee's last name, likewise
   * @param email where the link goes
   * @param groups ids of existing Camunda groups to join (at least one); unless the inviter is an administrator, only
   *     agency groups and agency leads groups
   * @param invitedBy the plan manager's or administrator's user id, as recorded and named in the e-mail
   * @return the invitation, with the moment its link stops working
   * @throws InvalidInputException naming every bad field; nothing is saved
   * @throws GrantNotAllowedException when a plan manager names a group only administrators grant; nothing is saved
   * @throws UserExistsException when the user id is taken; nothing is saved
   * @throws org.reviewactions.notification.NotificationSendException when the e-mail could not be sent; the
   *     transaction rolls back and nothing is saved
   */
  @Transactional
  public Invited invite(String userId, String firstName, String lastName, String email, List<String> groups,
      String invitedBy) {
    List<FieldProblem> problems = new ArrayList<>();
    String id = userId == null ? "" : userId.strip();
    if (!USER_ID.matcher(id).matches()) {
      problems.add(new FieldProblem("userId",
          "Enter a user id of 2 to 64 characters: lower-case letters, digits, '.', '_', '@' or '-'."));
    }
    String first = name(firstName, "firstName", "first name", problems);
    String last = name(lastName, "lastName", "last name", problems);
    String address = email == null ? "" : email.strip();
    if (!isEmailAddress(address)) {
      problems.add(new FieldProblem("email", "Enter an e-mail address such as name@agency.gov.uk."));
    }
    List<Group> chosen = groups(groups, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> notAllowed = chosen.stream().filter(group -> !mayGrant(invitedBy, group)).map(Group::getId).toList();
    if (!notAllowed.isEmpty()) {
      throw new GrantNotAllowedException(notAllowed);
    }
    if (identityService.createUserQuery().userId(id).count() > 0) {
      throw new UserExistsException(id);
    }

    User user = identityService.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(address);
    // Nobody knows it, so the account cannot sign in until accepted. Random, so outside the policy: a short user id
    // can occur in it by chance, and nobody chose it.
    user.setPassword(newToken() + newToken());
    ((IdentityServiceImpl) identityService).saveUser(user, true);
    chosen.forEach(group -> identityService.createMembership(id, group.getId()));

    String token = newToken();
    Instant now = clock.instant();
    Instant expiresAt = now.plus(validFor);
    Invitation invitation = invitations.saveAndFlush(new Invitation(hash(token), id, address, invitedBy, now, expiresAt));
    String expiresOn = sendLink(invitation, token, user, chosen, "invitation:" + invitation.getId());
    return new Invited(invitation.getId(), id, address, expiresAt, expiresOn);
  }

  /**
   * E-mails the invitation's link to its invitee, under the notification key given (one e-mail per key).
   *
   * @return the day the link stops working, in words
   */
  String sendLink(Invitation invitation, String token, User user, List<Group> groups, String idempotencyKey) {
    String name = user.getFirstName() + " " + user.getLastName();
    String expiresOn = MailDates.longDate(localDate(invitation.getExpiresAt()));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recipientName", name);
    model.put("userId", user.getId());
    model.put("invitedByName", directory.displayName(invitation.getInvitedBy()));
    model.put("groupNames", groups.stream().map(g -> g.getName() == null || g.getName().isBlank() ? g.getId() : g.getName()).toList());
    model.put("taskLink", links.page("/invitations/" + token));
    model.put("expiresOn", expiresOn);
    model.put("expiresTime", TIME.format(invitation.getExpiresAt().atZone(clock.getZone())));
    notifications.send(new MailMessage(idempotencyKey, null, MAIL_KIND, invitation.getEmail(), name, model, List.of()));
    return expiresOn;
  }

  /** How long a link works from when it is sent. */
  Duration validFor() {
    return validFor;
  }

  /** The invitation behind a link that still works, or an exception saying why it does not. */
  @Transactional(readOnly = true)
  public PendingInvitation pending(String token) {
    Invitation invitation = usable(token);
    return new PendingInvitation(invitation.getUserId(), directory.displayName(invitation.getUserId()),
        invitation.getExpiresAt(), MailDates.longDate(localDate(invitation.getExpiresAt())));
  }

  /**
   * Sets the invitee's password through the link and uses the link up.
   *
   * @return the user id, to sign in with
   * @throws InvitationNotUsableException when the link is unknown, used or expired (nothing changes)
   * @throws InvalidInputException naming each rule of the password policy the password breaks, or when the
   *     confirmation differs (nothing changes; the link still works)
   */
  @Transactional
  public String accept(String token, String password, String confirmation) {
    Invitation invitation = usable(token);
    User user = identityService.createUserQuery().userId(invitation.getUserId()).singleResult();
    if (user == null) {
      throw new InvitationNotUsableException(
          "The account this invitation was for no longer exists. Ask the plan manager who invited you for a new invitation.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(new FieldProblem("password", "Choose a password. " + String.join(" ", AccountPasswordPolicy.requirements())));
    } else if (password.length() > MAX_PASSWORD_LENGTH) {
      problems.add(new FieldProblem("password", "Choose a password of at most " + MAX_PASSWORD_LENGTH + " characters."));
    } else {
      PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
      if (!result.isValid()) {
        problems.add(new FieldProblem("password", AccountPasswordPolicy.refusal(result.getViolatedRules())));
      } else if (!password.equals(confirmation)) {
        problems.add(new FieldProblem("confirmation", "The two passwords are not the same. Type the same password twice."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (invitations.markAccepted(invitation.getId(), clock.instant()) != 1) {
      throw used();
    }
    user.setPassword(password);
    try {
      identityService.saveUser(user);
    } catch (BadUserRequestException e) {
      // The engine's policy is the last word; the transaction rolls back and the link keeps working.
      throw new InvalidInputException(List.of(new FieldProblem("password", e.getMessage())));
    }
    identityService.unlockUser(user.getId());
    return user.getId();
  }

  /**
   * Administrators ({@code camunda-admin}) grant any group. Plan managers grant an agency's group or its leads group,
   * never a standing group, even one an agency's name happens to collide with ("Board" gives the group id board).
   */
  boolean mayGrant(String inviter, Group group) {
    if (identityService.createUserQuery().userId(inviter).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
      return true;
    }
    Set<String> adminOnly = Set.of(standingGroups.monitoring(), standingGroups.board(), standingGroups.planManagers(),
        Groups.CAMUNDA_ADMIN);
    return !adminOnly.contains(group.getId()) && AGENCY_GROUP_TYPES.contains(group.getType());
  }

  private Invitation usable(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw unknown();
    }
    Invitation invitation = invitations.findByTokenHash(hash(token)).orElseThrow(InvitationService::unknown);
    if (invitation.getAcceptedAt() != null) {
      throw used();
    }
    if (invitation.getCancelledAt() != null) {
      throw new InvitationNotUsableException("This invitation was cancelled. Ask the plan manager for a new invitation"
          + " if you still need an account.");
    }
    if (!clock.instant().isBefore(invitation.getExpiresAt())) {
      throw new InvitationNotUsableException("This invitation expired on "
          + MailDates.longDate(localDate(invitation.getExpiresAt()))
          + ". Ask the plan manager who invited you to send a new one.");
    }
    return invitation;
  }

  private static InvitationNotUsableException unknown() {
    return new InvitationNotUsableException(
        "This invitation link is not known. Check that the whole link from the e-mail was copied, or ask the plan manager for a new invitation.");
  }

  private static InvitationNotUsableException used() {
    return new InvitationNotUsableException(
        "This invitation has been used already: the password was chosen. Sign in to Tasklist, or ask the plan manager for a new invitation if it was not you.");
  }

  private static String name(String value, String field, String words, List<FieldProblem> problems) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(field, "Enter the " + words + " (1 to " + MAX_NAME_LENGTH + " characters, one line)."));
    }
    return name;
  }

  private List<Group> groups(List<String> ids, List<FieldProblem> problems) {
    List<Group> found = new ArrayList<>();
    if (ids == null || ids.isEmpty()) {
      problems.add(new FieldProblem("groups", "Choose at least one group for the new user (e.g. their agency's group)."));
      return found;
    }
    for (String raw : new LinkedHashSet<>(ids)) {
      String groupId = raw == null ? "" : raw.strip();
      Group group = groupId.isEmpty() ? null : identityService.createGroupQuery().groupId(groupId).singleResult();
      if (group == null) {
        problems.add(new FieldProblem("groups", "There is no group '" + groupId + "'. Use the id of an existing group."));
      } else {
        found.add(group);
      }
    }
    return found;
  }

  static boolean isEmailAddress(String address) {
    if (address.isEmpty() || address.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(address).matches()) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      return address.equals(parsed.getAddress());
    } catch (AddressException e) {
      return false;
    }
  }

  String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  LocalDate localDate(Instant instant) {
    return ZonedDateTime.ofInstant(instant, clock.getZone()).toLocalDate();
  }
}
