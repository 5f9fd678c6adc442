package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the recommendation cell of each row of a Word plan in turn: the agency heading at its top, the
 * number written at the start of its text, and the lines that only introduce recommendations.
 */
final class WordRecommendationCell {

  static final Pattern DOTTED = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?(?:\\s+(.*))?$");
  private static final Pattern ROMAN_ITEM = Pattern.compile("(?i)^\\(?([ivxlcdm]+)[.)]\\s+(.*)$");
  private static final Pattern ROMAN_ALONE = Pattern.compile("(?i)^\\(?([ivxlcdm]+)[.)]?$");
  private static final Pattern ROMAN_SUFFIX = Pattern.compile("(?i)^(.*\\S)\\s+[ivxlcdm]+$");
  private static final int HEADING_MAX_LENGTH = 60;
  private static final int HEADING_MAX_WORDS = 8;

  private final List<String> notes;
  private final Map<String, Integer> countUnder = new HashMap<>();
  private String agency;
  private String lastNumber = "";
  private String previousText = "";

  /** A row's recommendation: {@code skip} when the row is only a heading and its introduction. */
  record Read(boolean skip, List<Part> parts) {

    String number() {
      return parts.get(0).number();
    }

    String text() {
      return parts.get(0).text();
    }
  }

  /** One recommendation of a cell: a cell holding "3.3.1 ...", "3.3.2 ..." holds two. */
  record Part(String number, String text) {}

  WordRecommendationCell(List<String> notes) {
    this.notes = notes;
  }

  /** The agency the last heading named, or null before the first heading. */
  String agency() {
    return agency;
  }

  Read read(WordPlanLayout.Row row, WordCell cell, String writtenNumber, boolean nothingElse) {
    String whole = cell.text();
    if (!whole.isBlank() && whole.equals(previousText)) {
      // A cell merged down over the rows of its actions: the rows below continue the recommendation.
      return new Read(false, List.of(new Part(writtenNumber, "")));
    }
    previousText = whole;
    List<String> lines = new ArrayList<>(afterHeading(row, cell, nothingElse));
    if (lines.size() < cell.lines().size() && nothingElse) {
      if (!lines.isEmpty()) {
        notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(String.join(" ", lines))
            + "\" under the heading \"" + agency + "\" introduces the recommendations below; it is not one.");
      }
      return new Read(true, List.of(new Part("", "")));
    }
    String number = numbered(row, writtenNumber, lines);
    if (!writtenNumber.isEmpty() || number.isEmpty()) {
      return new Read(false, List.of(new Part(number, String.join("\n", lines))));
    }
    return new Read(false, paragraphs(number, lines));
  }

  /**
   * Each numbered paragraph of the cell as a recommendation of its own ("3.3.1 ...", "3.3.2 ..."), as the
   * plan's transcriptions read them; lettered or roman items ("a)", "i.") stay with the paragraph above.
   */
  private List<Part> paragraphs(String first, List<String> lines) {
    List<Part> parts = new ArrayList<>();
    String number = first;
    List<String> text = new ArrayList<>();
    for (String line : lines) {
      Matcher next = DOTTED.matcher(line);
      if (next.matches() && next.group(2) != null && !CellText.numberKey(next.group(1)).equals(CellText.numberKey(number))
          && !text.isEmpty()) {
        parts.add(new Part(number, String.join("\n", text)));
        number = next.group(1);
        text = new ArrayList<>(List.of(next.group(2).strip()));
      } else {
        text.add(line);
      }
    }
    parts.add(new Part(number, String.join("\n", text)));
    lastNumber = number;
    return parts;
  }

  /** Takes a leading bold or underlined heading out of the cell; returns the lines left. */
  private List<String> afterHeading(WordPlanLayout.Row row, WordCell cell, boolean nothingElse) {
    List<WordCell.Line> lines = cell.allLines().stream().filter(l -> !l.text().isBlank()).toList();
    List<String> heading = new ArrayList<>();
    int taken = 0;
    while (taken < lines.size() && isHeading(lines.get(taken))) {
      heading.add(headingName(lines.get(taken).text()));
      taken++;
    }
    if (taken == lines.size() && !nothingElse) {
      // A short recommendation written in bold, with its actions beside it, is a recommendation.
      heading.clear();
      taken = 0;
    }
    if (!heading.isEmpty()) {
      agency = String.join(" ", heading);
      notes.add("Row " + row.number() + ": the heading \"" + WordPlanLayout.abbreviate(agency)
          + "\" names the agency of the rows below it.");
    }
    return lines.subList(taken, lines.size()).stream().map(l -> l.text().strip()).toList();
  }

  /** A short bold or underlined line that is not a sentence or a number: "Children's Services RBK", "Police". */
  static boolean isHeading(WordCell.Line line) {
    return line.emphasised() && isHeadingText(headingName(line.text()));
  }

  /** "Police:" names Police: a colon after a name of a few words is the heading's, not a sentence's. */
  static String headingName(String text) {
    String s = text.strip();
    return s.endsWith(":") && s.split("\\s+").length <= 4 ? s.substring(0, s.length() - 1).strip() : s;
  }

  private static boolean isHeadingText(String line) {
    String text = line.strip();
    return !text.isEmpty() && text.length() <= HEADING_MAX_LENGTH && text.split("\\s+").length <= HEADING_MAX_WORDS
        && !text.matches(".*[.:;,]$") && !DOTTED.matcher(text).matches();
  }

  /**
   * A row whose one cell spans the whole table, or a heading paragraph between the plan's tables: a short
   * one names the agency of the rows below it; a longer one only introduces them.
   */
  void banner(WordPlanLayout.Row row, String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    previousText = "";
    if (isHeadingText(line)) {
      agency = line;
      notes.add("Row " + row.number() + ": the heading \"" + WordPlanLayout.abbreviate(line)
          + "\" names the agency of the rows below it.");
    } else {
      notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(line)
          + "\" spans the table and is read as a heading introducing the rows below, not as a recommendation.");
    }
  }

  /** The row's recommendation number, from its number cell or the start of its text; edits the lines. */
  private String numbered(WordPlanLayout.Row row, String written, List<String> lines) {
    String result = written;
    Matcher base = ROMAN_SUFFIX.matcher(lastNumber);
    if (!result.isEmpty()) {
      Matcher roman = ROMAN_ALONE.matcher(result);
      if (roman.matches() && base.matches()) {
        result = base.group(1) + " " + roman.group(1).toLowerCase();
      }
    } else if (!lines.isEmpty()) {
      dropIntroductions(row, lines);
      result = fromText(lines, base);
    }
    if (!result.isEmpty()) {
      lastNumber = result;
    }
    return result;
  }

  private String fromText(List<String> lines, Matcher base) {
    Matcher dotted = DOTTED.matcher(lines.get(0));
    Matcher romanFirst = ROMAN_ITEM.matcher(lines.get(0));
    Matcher romanAlone = ROMAN_ALONE.matcher(lines.get(0));
    if (dotted.matches()) {
      String number = dotted.group(1);
      String rest = dotted.group(2) == null ? "" : dotted.group(2).strip();
      Matcher sameLine = ROMAN_ITEM.matcher(rest);
      Matcher nextLine = lines.size() > 1 ? ROMAN_ITEM.matcher(lines.get(1)) : null;
      if (sameLine.matches()) {
        lines.set(0, sameLine.group(2).strip());
        return number + " " + sameLine.group(1).toLowerCase();
      }
      lines.remove(0);
      if (!rest.isEmpty()) {
        lines.add(0, rest);
      } else if (nextLine != null && nextLine.matches()) {
        // "3.3.9" on its own, then "i. Training ...": recommendation 3.3.9 i.
        lines.set(0, nextLine.group(2).strip());
        return number + " " + nextLine.group(1).toLowerCase();
      }
      return number;
    }
    if (base.matches() && (romanFirst.matches() || romanAlone.matches() && lines.size() > 1)) {
      // "ii." under "3.3.9 i": the next item of the same list, numbered as the board means it.
      if (romanFirst.matches()) {
        lines.set(0, romanFirst.group(2).strip());
        return base.group(1) + " " + romanFirst.group(1).toLowerCase();
      }
      lines.remove(0);
      return base.group(1) + " " + romanAlone.group(1).toLowerCase();
    }
    if (agency != null) {
      return agency + " " + countUnder.merge(agency, 1, Integer::sum);
    }
    return "";
  }

  /** Lines that introduce the numbered recommendations after them, or the next rows' ones, are not text. */
  private void dropIntroductions(WordPlanLayout.Row row, List<String> lines) {
    while (lines.size() > 1 && lines.get(0).endsWith(":") && DOTTED.matcher(lines.get(1)).matches()) {
      notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(lines.get(0))
          + "\" introduces the recommendations; it is not part of one.");
      lines.remove(0);
    }
    int last = lines.size() - 1;
    if (last > 0 && lines.get(last).endsWith(":") && !DOTTED.matcher(lines.get(last)).matches()) {
      notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(lines.get(last))
          + "\" introduces the rows below; it is not part of this recommendation.");
      lines.remove(last);
    }
  }
}
