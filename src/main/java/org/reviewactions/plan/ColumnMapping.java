package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan manager's own reading of a sheet's headings, for a plan whose headings the tracker does
 * not recognise or reads wrongly: each listed heading is read as the named column, or ignored.
 * Headings not listed are still recognised by their words.
 *
 * @param entries the headings in the order given; {@code column} is empty for a heading to ignore
 */
public record ColumnMapping(List<Entry> entries) {

  /** The field name that leaves a heading unread. */
  public static final String IGNORE = "ignore";
  /** A sheet has at most rat.import.max-columns headings; a longer mapping is refused unread. */
  static final int MAX_ENTRIES = 100;
  static final int MAX_HEADING = 200;
  /** The problems with a mapping are reported on this pseudo-column, and answered 400. */
  static final String FIELD = "mapping";

  public record Entry(String heading, Optional<PlanColumn> column) {}

  public ColumnMapping {
    entries = List.copyOf(entries);
  }

  public static ColumnMapping none() {
    return new ColumnMapping(List.of());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How a heading is mapped, if the plan manager mapped it; headings match whatever their case and spacing. */
  Optional<Entry> forHeading(String heading) {
    String key = HeadingWords.normalise(heading);
    return key.isEmpty() ? Optional.empty()
        : entries.stream().filter(e -> HeadingWords.normalise(e.heading()).equals(key)).findFirst();
  }

  /** The mapping as "Heading:field" lines, as the API takes it and the page posts it. */
  public List<String> specs() {
    return entries.stream().map(e -> e.heading() + ":" + e.column().map(PlanColumn::key).orElse(IGNORE)).toList();
  }

  /** Every field name a mapping may use. */
  public static String fieldNames() {
    return Arrays.stream(PlanColumn.values()).map(PlanColumn::key).collect(Collectors.joining(", ")) + ", " + IGNORE;
  }

  /**
   * Reads "Heading text:field" pairs (the heading may itself hold colons; the last one separates).
   * Blank pairs are skipped, so an unset select on the page maps nothing.
   */
  public static Parsed parse(List<String> specs) {
    List<ImportError> errors = new ArrayList<>();
    if (specs == null || specs.isEmpty()) {
      return new Parsed(none(), errors);
    }
    if (specs.size() > MAX_ENTRIES) {
      errors.add(error("The mapping has " + specs.size() + " entries; a plan's headings need at most " + MAX_ENTRIES + "."));
      return new Parsed(none(), errors);
    }
    Map<String, Entry> byHeading = new LinkedHashMap<>();
    Map<PlanColumn, String> headingOf = new LinkedHashMap<>();
    for (String spec : specs) {
      if (spec == null || spec.isBlank()) {
        continue;
      }
      int colon = spec.lastIndexOf(':');
      String heading = colon < 0 ? spec.strip() : spec.substring(0, colon).strip();
      String field = colon < 0 ? "" : spec.substring(colon + 1).strip();
      if (colon < 0 || heading.isEmpty() || heading.length() > MAX_HEADING) {
        errors.add(error("The mapping \"" + shorten(spec) + "\" is not \"Heading text:field\" with a heading of at most "
            + MAX_HEADING + " characters."));
        continue;
      }
      if (field.isEmpty()) {
        continue;
      }
      Optional<PlanColumn> column = PlanColumn.forKey(field);
      if (column.isEmpty() && !field.equalsIgnoreCase(IGNORE)) {
        errors.add(error("The mapping of \"" + shorten(heading) + "\" names the field \"" + shorten(field)
            + "\", which does not exist; the fields are " + fieldNames() + "."));
        continue;
      }
      String key = HeadingWords.normalise(heading);
      Entry previous = byHeading.get(key);
      if (previous != null && !previous.column().equals(column)) {
        errors.add(error("The heading \"" + shorten(heading) + "\" is mapped twice, to different fields."));
        continue;
      }
      if (column.isPresent() && headingOf.containsKey(column.get()) && !HeadingWords.normalise(headingOf.get(column.get())).equals(key)) {
        errors.add(error("The headings \"" + shorten(headingOf.get(column.get())) + "\" and \"" + shorten(heading)
            + "\" are both mapped to " + column.get().key() + "; map one heading to each field."));
        continue;
      }
      column.ifPresent(c -> headingOf.put(c, heading));
      byHeading.put(key, new Entry(heading, column));
    }
    return new Parsed(errors.isEmpty() ? new ColumnMapping(List.copyOf(byHeading.values())) : none(), errors);
  }

  static ImportError error(String message) {
    return new ImportError(null, FIELD, message);
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("[\\s\\u00A0]+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }

  /** A read mapping and what is wrong with it; use the mapping only when there are no errors. */
  public record Parsed(ColumnMapping mapping, List<ImportError> errors) {}
}
