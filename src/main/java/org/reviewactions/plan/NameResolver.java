package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult.AgencyName;
import org.reviewactions.plan.ImportResult.PreviewAction;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.reviewactions.plan.ImportResult.Resolution;
import org.reviewactions.plan.ImportResult.RoleName;

/**
 * Finds, for every agency and role a plan names, the existing one it is (written alike, or as the plan manager
 * mapped it) or that it is new, with the closest existing name beside a new one; and the actions no one would be
 * asked about, whose agency has no leads and whose role has no holder.
 */
final class NameResolver {

  private final RoleDirectory directory;

  NameResolver(RoleDirectory directory) {
    this.directory = directory;
  }

  /**
   * The plan's names resolved.
   *
   * @param preview the preview with each action's agency and role replaced by the existing ones they are
   * @param errors choices that cannot be used (answered 400): an existing name that does not exist, a role of
   *     another agency, a name the plan does not use
   * @param warnings the actions no one would be asked about
   */
  record Resolved(List<PreviewRecommendation> preview, List<AgencyName> agencies, List<RoleName> roles,
      List<ImportError> errors, List<ImportError> warnings) {}

  Resolved resolve(List<PreviewRecommendation> preview, String board, NameChoices choices) {
    List<String> knownAgencies = directory.agencies();
    Map<String, List<ResponsibleRole>> rolesByAgency = new LinkedHashMap<>();
    for (ResponsibleRole role : directory.all()) {
      rolesByAgency.computeIfAbsent(agencyKey(role.getAgency()), k -> new ArrayList<>()).add(role);
    }
    List<ImportError> errors = new ArrayList<>();
    List<ImportError> warnings = new ArrayList<>();
    Map<String, AgencyName> agencies = new LinkedHashMap<>();
    Map<String, RoleName> roles = new LinkedHashMap<>();
    java.util.Set<String> writtenRoles = new java.util.HashSet<>();
    Map<String, String> agencyChoices = NameChoices.byName(choices.agencies());
    Map<String, String> roleChoices = NameChoices.byName(choices.roles());
    List<PreviewRecommendation> resolved = new ArrayList<>();
    for (PreviewRecommendation rec : preview) {
      List<PreviewAction> actions = new ArrayList<>();
      for (PreviewAction action : rec.actions()) {
        String writtenAgency = action.agency() == null ? board.strip() : action.agency();
        AgencyName agency = agencies.computeIfAbsent(NameSimilarity.normalise(writtenAgency),
            k -> agency(writtenAgency, Optional.ofNullable(agencyChoices.get(k)), knownAgencies, errors));
        String agencyName = agency.existing() != null ? agency.existing() : writtenAgency;
        List<ResponsibleRole> ofAgency = rolesByAgency.getOrDefault(agencyKey(agencyName), List.of());
        // A new agency near an existing one offers that one's roles, so both can be chosen in one go.
        List<ResponsibleRole> offered = agency.existing() == null && agency.suggestion() != null
            ? rolesByAgency.getOrDefault(agencyKey(agency.suggestion()), List.of()) : ofAgency;
        String roleKey = NameSimilarity.normalise(action.responsible());
        writtenRoles.add(roleKey);
        RoleName role = roles.computeIfAbsent(agencyKey(agencyName) + "\n" + roleKey,
            k -> role(action, agencyName, ofAgency, offered, Optional.ofNullable(roleChoices.get(roleKey)), errors));
        if (agency.leads() == 0 && role.holder() == null) {
          warnings.add(new ImportError(action.row(), NameChoices.ACKNOWLEDGE, "No one would be asked about the action \""
              + ColumnMapping.shorten(action.description()) + "\": its agency, " + ColumnMapping.shorten(agencyName)
              + ", has no leads and its role, " + ColumnMapping.shorten(role.existing() != null ? role.existing()
              : action.responsible()) + ", has no holder. Its owner will be asked of the plan managers."));
        }
        actions.add(withNames(action, agency.existing() != null && !agency.existing().equals(writtenAgency)
            ? agency.existing() : action.agency(), role.existing() != null ? role.existing() : action.responsible()));
      }
      resolved.add(new PreviewRecommendation(rec.row(), rec.number(), rec.text(), rec.intendedOutcome(), actions,
          rec.section()));
    }
    unused(NameChoices.AGENCY, choices.agencies(), agencies.keySet(), errors);
    unused(NameChoices.ROLE, choices.roles(), writtenRoles, errors);
    return new Resolved(resolved, List.copyOf(agencies.values()), List.copyOf(roles.values()), errors, warnings);
  }

  private AgencyName agency(String written, Optional<String> mapped, List<String> known, List<ImportError> errors) {
    String existing = null;
    if (mapped.isPresent()) {
      existing = known.stream().filter(k -> k.equalsIgnoreCase(mapped.get().strip())).findFirst()
          .or(() -> known.stream().filter(k -> NameSimilarity.same(k, mapped.get())).findFirst()).orElse(null);
      if (existing == null) {
        errors.add(new ImportError(null, NameChoices.AGENCY, "The agency choice for \"" + ColumnMapping.shorten(written)
            + "\" names \"" + ColumnMapping.shorten(mapped.get()) + "\", which is not an existing agency"
            + NameSimilarity.closest(mapped.get(), known).map(c -> " (did you mean \"" + c + "\"?)").orElse("")
            + "; give an existing agency, or leave the choice out to create it as new."));
      }
    } else {
      existing = known.stream().filter(k -> NameSimilarity.same(k, written)).findFirst().orElse(null);
    }
    if (existing == null) {
      return new AgencyName(written, Resolution.NEW, null, false, 0, NameSimilarity.closest(written, known).orElse(null), known);
    }
    return new AgencyName(written, Resolution.EXISTING, existing, mapped.isPresent(),
        directory.members(AgencyGroups.leadsGroup(existing)).size(), null, known);
  }

  private RoleName role(PreviewAction action, String agency, List<ResponsibleRole> ofAgency,
      List<ResponsibleRole> offered, Optional<String> mapped, List<ImportError> errors) {
    String written = action.responsible() == null ? "" : action.responsible();
    List<String> known = offered.stream().map(ResponsibleRole::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    Optional<ResponsibleRole> existing;
    if (mapped.isPresent()) {
      existing = named(ofAgency, mapped.get());
      if (existing.isEmpty()) {
        errors.add(new ImportError(action.row(), NameChoices.ROLE, "The role choice for \"" + ColumnMapping.shorten(written)
            + "\" names \"" + ColumnMapping.shorten(mapped.get()) + "\", which is not a role of " + ColumnMapping.shorten(agency)
            + otherAgency(mapped.get(), agency) + "; give a role of " + ColumnMapping.shorten(agency)
            + ", or leave the choice out to create it as new."));
      }
    } else {
      existing = named(ofAgency, written);
    }
    if (existing.isEmpty()) {
      return new RoleName(written, agency, Resolution.NEW, null, false, null, null,
          NameSimilarity.closest(written, known).orElse(null), known);
    }
    Optional<Person> holder = directory.person(existing.get().getHolderUserId());
    return new RoleName(written, agency, Resolution.EXISTING, existing.get().getName(), mapped.isPresent(),
        holder.map(Person::displayName).orElse(null), holder.map(Person::email).orElse(null), null, known);
  }

  /** The role of this name, exactly as the import would find it, else as written alike. */
  private static Optional<ResponsibleRole> named(List<ResponsibleRole> roles, String name) {
    String plain = name.replaceAll("\\s+", " ").strip();
    return roles.stream().filter(r -> r.getName().equalsIgnoreCase(plain)).findFirst()
        .or(() -> roles.stream().filter(r -> NameSimilarity.same(r.getName(), name)).findFirst());
  }

  private String otherAgency(String role, String agency) {
    return directory.all().stream().filter(r -> NameSimilarity.same(r.getName(), role))
        .filter(r -> !agencyKey(r.getAgency()).equals(agencyKey(agency))).findFirst()
        .map(r -> " (it is a role of " + ColumnMapping.shorten(r.getAgency()) + ", another agency)").orElse("");
  }

  /** A choice for a name the plan does not use is a mistake to point out, not to ignore. */
  private static void unused(String parameter, Map<String, String> chosen, java.util.Set<String> written,
      List<ImportError> errors) {
    for (String name : chosen.keySet()) {
      if (!written.contains(NameSimilarity.normalise(name))) {
        errors.add(new ImportError(null, parameter, "The plan names no " + parameter + " \"" + ColumnMapping.shorten(name)
            + "\"; a " + parameter + " choice maps a name of the plan to an existing one."));
      }
    }
  }

  private static String agencyKey(String agency) {
    return agency == null ? "" : agency.strip().toLowerCase(Locale.ROOT);
  }

  private static PreviewAction withNames(PreviewAction a, String agency, String responsible) {
    return new PreviewAction(a.row(), a.description(), agency, responsible, a.timescale(), a.startDate(), a.dueDate(),
        a.reviewCadence(), a.needsConfirmation(), a.timescaleNote(), a.progress(), a.status());
  }
}
