package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reviewactions.plan.ImportResult.ColumnReading;

/**
 * Finds a plan's header row beneath its title, date and notes lines, and reads each heading as a
 * column: by the plan manager's mapping where there is one, otherwise by the words of the heading.
 */
final class HeaderSearch {

  /**
   * Plans often have a title, a date and notes above the table: the header is looked for among this
   * many non-blank rows at the top (blank spacing rows do not count).
   */
  static final int HEADER_SEARCH_ROWS = 15;

  /** A header row must name at least this many columns, so a title row is not mistaken for it. */
  static final int MIN_RECOGNISED_HEADERS = 2;

  private HeaderSearch() {}

  /**
   * The header row and its columns.
   *
   * @param header the row, or null when none was found
   * @param columnIndex each column read, by its index in the row
   * @param headerText each column read, by the heading as the file writes it
   * @param readings every heading of the row in order, with the column it was read as (null: not read)
   * @param notes how a heading that could have been two columns was decided
   * @param errors why the columns cannot be used as they are
   */
  record Found(RawTable.RawRow header, Map<PlanColumn, Integer> columnIndex, Map<PlanColumn, String> headerText,
      List<ColumnReading> readings, List<String> notes, List<ImportError> errors) {}

  /** The row of the first few that names the most columns most closely, or, with a mapping, the first holding its headings. */
  static Optional<RawTable.RawRow> headerRow(List<RawTable.RawRow> rows, ColumnMapping mapping) {
    List<RawTable.RawRow> top = rows.stream().filter(r -> !r.isBlank()).limit(HEADER_SEARCH_ROWS).toList();
    if (!mapping.isEmpty()) {
      return top.stream().filter(r -> missingHeadings(r, mapping).isEmpty()).findFirst();
    }
    RawTable.RawRow best = null;
    int bestScore = 0;
    for (RawTable.RawRow row : top) {
      Map<PlanColumn, Integer> scores = bestScores(row);
      int score = scores.values().stream().mapToInt(Integer::intValue).sum();
      if (scores.size() >= MIN_RECOGNISED_HEADERS && score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** When no row names enough columns: the first of the top rows with the most short cells, if it has two or more. */
  static Optional<RawTable.RawRow> likeliestHeaderRow(List<RawTable.RawRow> rows) {
    RawTable.RawRow best = null;
    long most = 1;
    for (RawTable.RawRow row : rows.stream().filter(r -> !r.isBlank()).limit(HEADER_SEARCH_ROWS).toList()) {
      long headings = row.cells().stream()
          .filter(c -> !c.isBlank() && c.strip().length() <= HeadingWords.MAX_HEADING_LENGTH).count();
      if (headings > most) {
        best = row;
        most = headings;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The mapped headings that the row does not have. */
  static List<String> missingHeadings(RawTable.RawRow row, ColumnMapping mapping) {
    return mapping.entries().stream()
        .map(ColumnMapping.Entry::heading)
        .filter(h -> row.cells().stream().noneMatch(c -> HeadingWords.normalise(c).equals(HeadingWords.normalise(h))))
        .toList();
  }

  /** For each column the row names, the closest score of any of its cells. */
  private static Map<PlanColumn, Integer> bestScores(RawTable.RawRow row) {
    Map<PlanColumn, Integer> scores = new EnumMap<>(PlanColumn.class);
    for (String cell : row.cells()) {
      PlanColumn.forHeader(cell).ifPresent(c -> scores.merge(c, c.score(cell), Math::max));
    }
    return scores;
  }

  static Found columns(RawTable.RawRow header, ColumnMapping mapping) {
    Map<PlanColumn, Integer> columnIndex = new EnumMap<>(PlanColumn.class);
    Map<PlanColumn, String> headerText = new EnumMap<>(PlanColumn.class);
    List<String> notes = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    Map<Integer, PlanColumn> readAs = new LinkedHashMap<>();
    // The plan manager's choices first: a column they mapped is not also guessed from another heading.
    for (int i = 0; i < header.cells().size(); i++) {
      Optional<ColumnMapping.Entry> mapped = mapping.forHeading(header.cell(i));
      if (mapped.isPresent() && mapped.get().column().isPresent()) {
        PlanColumn c = mapped.get().column().get();
        if (!columnIndex.containsKey(c)) {
          columnIndex.put(c, i);
          headerText.put(c, header.cell(i).strip());
          readAs.put(i, c);
        }
      }
    }
    Map<PlanColumn, List<Integer>> guesses = new EnumMap<>(PlanColumn.class);
    for (int i = 0; i < header.cells().size(); i++) {
      if (mapping.forHeading(header.cell(i)).isPresent()) {
        continue;
      }
      int index = i;
      PlanColumn.forHeader(header.cell(i)).filter(c -> !columnIndex.containsKey(c))
          .ifPresent(c -> guesses.computeIfAbsent(c, k -> new ArrayList<>()).add(index));
    }
    guesses.forEach((column, indexes) -> {
      List<Integer> closest = indexes.stream()
          .sorted((a, b) -> Integer.compare(column.score(header.cell(b)), column.score(header.cell(a))))
          .toList();
      int chosen = closest.get(0);
      String chosenText = header.cell(chosen).strip();
      if (closest.size() > 1 && column.score(header.cell(closest.get(1))) == column.score(header.cell(chosen))) {
        String other = header.cell(closest.get(1)).strip();
        errors.add(new ImportError(header.number(), other, "The columns \"" + chosenText + "\" and \"" + other
            + "\" both read as the " + column.label() + " column; rename or remove one of them, or choose below "
            + "which column is which."));
        return;
      }
      columnIndex.put(column, chosen);
      headerText.put(column, chosenText);
      readAs.put(chosen, column);
      if (closest.size() > 1) {
        String others = closest.subList(1, closest.size()).stream().map(i -> "\"" + header.cell(i).strip() + "\"")
            .collect(Collectors.joining(" and "));
        notes.add("\"" + chosenText + "\" and " + others + " could each be the " + column.label() + " column; \""
            + chosenText + "\" is the closer match and is read as " + column.label() + ", " + others
            + (closest.size() > 2 ? " are" : " is") + " not read. Choose below if that is wrong.");
      }
    });
    List<ColumnReading> readings = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cell(i).strip();
      // A heading too long to map back is a note written in the header row, not a heading.
      if (!text.isEmpty() && text.length() <= ColumnMapping.MAX_HEADING) {
        PlanColumn c = readAs.get(i);
        readings.add(new ColumnReading(text, c == null ? null : c.key()));
      }
    }
    return new Found(header, columnIndex, headerText, readings, notes, errors);
  }
}
