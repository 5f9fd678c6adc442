package org.reviewactions.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.TransactionMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of responsible roles and the people who hold them, on top of Camunda's users and
 * groups. Every agency named in a plan gets a group and an agency-leads group here.
 */
@Service
public class RoleDirectory {

  private static final Object ENSURED_AGENCIES = new Object();
  private static final Object ROLE_IDS = new Object();

  private final ResponsibleRoleRepository roles;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;

  RoleDirectory(ResponsibleRoleRepository roles, IdentityService identityService, ApplicationEventPublisher events) {
    this.roles = roles;
    this.identityService = identityService;
    this.events = events;
  }

  /** The role named in a plan for an agency, created (without a holder) on first mention. */
  @Transactional
  public ResponsibleRole findOrCreate(String name, String agency) {
    String role = roleName(name);
    return roles.findByNameIgnoreCaseAndAgencyIgnoreCase(role, agency.strip())
        .orElseGet(() -> roles.save(new ResponsibleRole(role, agency.strip())));
  }

  /**
   * The id of {@link #findOrCreate}'s role, remembered for the transaction: a plan's chunk names the same few roles
   * for many actions. Names written alike hit the memory; others ask the database as findOrCreate does.
   */
  @Transactional
  public Long roleId(String name, String agency) {
    Map<List<String>, Long> known = TransactionMemo.of(ROLE_IDS);
    List<String> key = List.of(name, agency);
    Long id = known == null ? null : known.get(key);
    if (id == null) {
      id = findOrCreate(name, agency).getId();
      if (known != null) {
        known.put(key, id);
      }
    }
    return id;
  }

  /** Plans write the same role with and without a full stop or line break; one role either way. */
  static String roleName(String written) {
    return written.replaceAll("\\s+", " ").strip().replaceAll("[.;,:]+$", "").strip();
  }

  /** The agency of a role known under this name, if exactly one agency has it. */
  @Transactional(readOnly = true)
  public Optional<String> agencyOfRole(String name) {
    List<ResponsibleRole> found = roles.findByNameIgnoreCase(roleName(name));
    return found.size() == 1 ? Optional.of(found.get(0).getAgency()) : Optional.empty();
  }

  @Transactional(readOnly = true)
  public ResponsibleRole role(Long roleId) {
    return roles.findById(roleId).orElseThrow(() -> new IllegalStateException("No responsible role " + roleId));
  }

  @Transactional(readOnly = true)
  public List<ResponsibleRole> all() {
    return roles.findAll();
  }

  /** Makes the user the role's current holder; open work for the role follows the holder. */
  @Transactional
  public void setHolder(Long roleId, String userId) {
    requirePerson(userId);
    role(roleId).setHolderUserId(userId);
  }

  /**
   * Creates the agency's group and its leads group in Camunda if they do not exist yet. Once per agency and
   * transaction: a plan's chunk names the same few agencies for every action.
   */
  public void ensureAgencyGroups(String agency) {
    Map<String, Boolean> ensured = TransactionMemo.of(ENSURED_AGENCIES);
    if (ensured != null && ensured.put(agency, Boolean.TRUE) != null) {
      return;
    }
    ensureGroup(AgencyGroups.agencyGroup(agency), agency, AgencyGroups.AGENCY_TYPE);
    ensureGroup(AgencyGroups.leadsGroup(agency), agency + " leads", AgencyGroups.LEADS_TYPE);
  }

  /**
   * Creates the group if it does not exist yet, and announces it ({@link GroupCreated}) so what is shared
   * with every group of its type (Tasklist filters) reaches it. Tasklist shows a group by its name, so a
   * group that exists with its id for a name (made bare, e.g. by a membership written before its agency
   * was known) gets the readable name.
   */
  public void ensureGroup(String groupId, String name, String type) {
    Group existing = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (existing == null) {
      Group group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
      events.publishEvent(new GroupCreated(groupId, type));
    } else if ((existing.getName() == null || existing.getName().equals(groupId)) && name != null && !name.equals(groupId)) {
      existing.setName(name);
      identityService.saveGroup(existing);
    }
  }

  public Optional<Person> person(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    User user = identityService.createUserQuery().userId(userId.strip()).singleResult();
    if (user == null) {
      return Optional.empty();
    }
    String name = ((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip());
    return Optional.of(new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail()));
  }

  /** The ids of the groups the user belongs to, as the engine's authorization checks need them. */
  public List<String> groupIds(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Everyone in a Camunda group, e.g. the monitoring sub-group's chairs or an agency's leads. */
  public List<Person> members(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(u -> person(u.getId()).orElseThrow()).toList();
  }

  /**
   * The people of an agency: the members of its group and of its leads group, by name. Only they may
   * own the agency's actions.
   */
  public List<Person> peopleOf(String agency) {
    java.util.Map<String, Person> people = new java.util.LinkedHashMap<>();
    for (String group : List.of(AgencyGroups.agencyGroup(agency), AgencyGroups.leadsGroup(agency))) {
      members(group).forEach(person -> people.putIfAbsent(person.userId(), person));
    }
    return people.values().stream()
        .sorted(java.util.Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::userId))
        .toList();
  }

  /** Whether the user belongs to the agency (its group or its leads group). */
  public boolean belongsTo(String userId, String agency) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    return identityService.createUserQuery().userId(userId.strip()).memberOfGroup(AgencyGroups.agencyGroup(agency)).count() > 0
        || identityService.createUserQuery().userId(userId.strip()).memberOfGroup(AgencyGroups.leadsGroup(agency)).count() > 0;
  }

  /** The role with this id, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ResponsibleRole> findRole(Long roleId) {
    return roleId == null ? Optional.empty() : roles.findById(roleId);
  }

  /** The agencies the directory knows (each has a group), by name. */
  public List<String> agencies() {
    return identityService.createGroupQuery().groupType(AgencyGroups.AGENCY_TYPE).orderByGroupName().asc().list().stream()
        .map(group -> group.getName() == null ? group.getId() : group.getName()).toList();
  }

  /** Every account, by id. */
  public List<Person> everyone() {
    return identityService.createUserQuery().orderByUserId().asc().list().stream()
        .map(u -> person(u.getId()).orElseThrow()).toList();
  }

  /** The readable names of the groups the user belongs to. */
  public List<String> groupNames(String userId) {
    return identityService.createGroupQuery().groupMember(userId).orderByGroupName().asc().list().stream()
        .map(group -> group.getName() == null ? group.getId() : group.getName()).toList();
  }

  /** Whether the user is one of the agency's leads. */
  public boolean isLead(String userId, String agency) {
    return userId != null && identityService.createUserQuery().userId(userId).memberOfGroup(AgencyGroups.leadsGroup(agency)).count() > 0;
  }

  /**
   * Makes a person of the agency one of its leads, so its nominations reach them. Someone of no agency or of
   * another one is refused: a lead answers for the agency's own people.
   */
  @Transactional
  public void makeLead(String agency, String userId) {
    if (!agencies().contains(agency)) {
      throw new BusinessRuleException("agency", "There is no agency called '" + shorten(agency) + "'.");
    }
    Person person = person(userId).orElseThrow(() -> new BusinessRuleException("userId",
        "There is nobody with the user id '" + shorten(userId) + "'."));
    if (!belongsTo(person.userId(), agency)) {
      throw new BusinessRuleException("userId", person.displayName() + " is not one of the people of " + agency
          + "; only its own people can lead it.");
    }
    if (isLead(person.userId(), agency)) {
      throw new BusinessRuleException("userId", person.displayName() + " already leads " + agency + ".");
    }
    ensureAgencyGroups(agency);
    identityService.createMembership(person.userId(), AgencyGroups.leadsGroup(agency));
  }

  private static String shorten(String text) {
    String shown = text == null ? "" : text.strip();
    return shown.length() <= 60 ? shown : shown.substring(0, 60) + "…";
  }

  /** The user, or an error naming the id that is not known. */
  public Person requirePerson(String userId) {
    return person(userId).orElseThrow(() -> new BusinessRuleException(
        "There is no user with the id '" + (userId == null ? "" : userId.strip()) + "'. Enter the user id of an existing account."));
  }

  public String displayName(String userId) {
    return person(userId).map(Person::displayName).orElse(userId);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
