package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan manager's decisions about the agencies and roles a plan names: which written names are existing ones
 * ({@code agency=Metropolitan Police:Police}, {@code role=Head of Housing Needs:Head of Housing}), and whether the
 * actions no one would be asked about are imported anyway ({@code acknowledge=unreachable}). A name not mapped is
 * imported as written: new, unless it is an existing name once written alike ({@link NameSimilarity#same}).
 *
 * @param agencies agency name as the plan manager wrote it to the existing agency it is
 * @param roles role name as the plan manager wrote it to the existing role it is, within the action's agency
 * @param acknowledged whether actions whose agency has no leads and whose role has no holder may be imported
 */
public record NameChoices(Map<String, String> agencies, Map<String, String> roles, boolean acknowledged) {

  /** The parameter that maps a written agency to an existing one. */
  static final String AGENCY = "agency";
  /** The parameter that maps a written role to an existing one of the same agency. */
  static final String ROLE = "role";
  /** The parameter that accepts actions no one would be asked about; its one value is {@link #UNREACHABLE}. */
  static final String ACKNOWLEDGE = "acknowledge";
  static final String UNREACHABLE = "unreachable";
  /** A plan names at most a few hundred agencies and roles; a longer list is refused unread. */
  static final int MAX_ENTRIES = 500;

  public NameChoices {
    agencies = Map.copyOf(agencies);
    roles = Map.copyOf(roles);
  }

  /** Every name as written, nothing acknowledged: what the plan manager's upload starts from. */
  public static NameChoices none() {
    return new NameChoices(Map.of(), Map.of(), false);
  }

  /**
   * For the application's own loaders (demo data, fixtures), which give agencies leads and roles holders
   * themselves: names as written, unreachable actions accepted.
   */
  public static NameChoices asWrittenAcknowledged() {
    return new NameChoices(Map.of(), Map.of(), true);
  }

  /** The choices keyed by the name as written alike ({@link NameSimilarity#normalise}), to look up a plan's name. */
  static Map<String, String> byName(Map<String, String> chosen) {
    Map<String, String> byName = new LinkedHashMap<>();
    chosen.forEach((written, existing) -> byName.putIfAbsent(NameSimilarity.normalise(written), existing));
    return byName;
  }

  NameChoices withAcknowledged(boolean acknowledge) {
    return new NameChoices(agencies, roles, acknowledge);
  }

  /**
   * Reads the parameters. Blank pairs and pairs with no existing name ("Written:") are skipped, so a select left
   * at "new" maps nothing; whether the existing names exist is checked against the directory once the plan is read.
   */
  static Parsed parse(List<String> agencySpecs, List<String> roleSpecs, String acknowledge) {
    List<ImportError> errors = new ArrayList<>();
    Map<String, String> agencies = read(AGENCY, agencySpecs, errors);
    Map<String, String> roles = read(ROLE, roleSpecs, errors);
    boolean acknowledged = acknowledge != null && !acknowledge.isBlank();
    if (acknowledged && !UNREACHABLE.equals(acknowledge.strip())) {
      errors.add(new ImportError(null, ACKNOWLEDGE, "The acknowledgement \"" + ColumnMapping.shorten(acknowledge)
          + "\" does not exist; give \"" + ACKNOWLEDGE + "=" + UNREACHABLE + "\" to import actions no one would be "
          + "asked about, or leave it out."));
    }
    return new Parsed(errors.isEmpty() ? new NameChoices(agencies, roles, acknowledged) : none(), errors);
  }

  private static Map<String, String> read(String parameter, List<String> specs, List<ImportError> errors) {
    Map<String, String> mapped = new LinkedHashMap<>();
    Map<String, String> byKey = new LinkedHashMap<>();
    if (specs == null) {
      return mapped;
    }
    if (specs.size() > MAX_ENTRIES) {
      errors.add(new ImportError(null, parameter, "There are " + specs.size() + " " + parameter + " choices; a plan's "
          + parameter + " names need at most " + MAX_ENTRIES + "."));
      return mapped;
    }
    for (String spec : specs) {
      if (spec == null || spec.isBlank()) {
        continue;
      }
      int colon = spec.lastIndexOf(':');
      String written = colon < 0 ? spec.strip() : spec.substring(0, colon).strip();
      String target = colon < 0 ? "" : spec.substring(colon + 1).strip();
      String key = NameSimilarity.normalise(written);
      if (colon < 0 || key.isEmpty() || written.length() > FieldLengths.RESPONSIBLE || target.length() > FieldLengths.RESPONSIBLE) {
        errors.add(new ImportError(null, parameter, "The " + parameter + " choice \"" + ColumnMapping.shorten(spec)
            + "\" is not \"Name in the plan:Existing name\" with names of at most " + FieldLengths.RESPONSIBLE
            + " characters."));
        continue;
      }
      if (target.isEmpty()) {
        continue;
      }
      String previous = byKey.putIfAbsent(key, target);
      if (previous == null) {
        mapped.put(written, target);
      } else if (!previous.equals(target)) {
        errors.add(new ImportError(null, parameter, "The " + parameter + " \"" + ColumnMapping.shorten(written)
            + "\" is mapped twice, to \"" + ColumnMapping.shorten(previous) + "\" and \"" + ColumnMapping.shorten(target)
            + "\"."));
      }
    }
    return mapped;
  }

  /** Read choices and what is wrong with them; use the choices only when there are no errors. */
  record Parsed(NameChoices choices, List<ImportError> errors) {}
}
