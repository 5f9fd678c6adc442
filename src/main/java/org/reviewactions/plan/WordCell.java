package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of one cell of a Word table: its paragraphs, each split into lines at manual line breaks,
 * with whether each line was written in bold or underlined (how boards mark headings inside a cell).
 */
record WordCell(List<List<Line>> paragraphs) {

  static final WordCell EMPTY = new WordCell(List.of());

  WordCell {
    paragraphs = paragraphs.stream().map(List::copyOf).filter(p -> !p.isEmpty()).toList();
  }

  /** One line of a paragraph; {@code emphasised} when all its text is bold or underlined. */
  record Line(String text, boolean emphasised) {}

  /** Each non-blank paragraph as text, its lines joined by line breaks. */
  List<String> paragraphTexts() {
    return paragraphs.stream()
        .map(p -> p.stream().map(Line::text).collect(Collectors.joining("\n")).strip())
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** Every non-blank line, whichever paragraph it is in. */
  List<String> lines() {
    return allLines().stream().map(Line::text).map(String::strip).filter(t -> !t.isBlank()).toList();
  }

  List<Line> allLines() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }

  String text() {
    return String.join("\n", paragraphTexts());
  }

  boolean isBlank() {
    return paragraphTexts().isEmpty();
  }

  /** This cell's lines without the first {@code count} lines. */
  WordCell withoutFirstLines(int count) {
    List<List<Line>> out = new ArrayList<>();
    int skip = count;
    for (List<Line> p : paragraphs) {
      List<Line> kept = new ArrayList<>();
      for (Line line : p) {
        if (skip > 0) {
          skip--;
        } else {
          kept.add(line);
        }
      }
      out.add(kept);
    }
    return new WordCell(out);
  }

  /**
   * The cell with {@code next} appended as a row broken across a page writes it: the first paragraph
   * of the continuation goes on with the last paragraph here unless that one ended a sentence.
   */
  WordCell continuedBy(WordCell next) {
    if (next.isBlank()) {
      return this;
    }
    if (isBlank()) {
      return next;
    }
    List<List<Line>> out = new ArrayList<>(paragraphs);
    List<List<Line>> more = new ArrayList<>(next.paragraphs);
    List<Line> last = new ArrayList<>(out.remove(out.size() - 1));
    Line end = last.get(last.size() - 1);
    String start = more.get(0).get(0).text().strip();
    if (!end.text().strip().matches(".*[.!?:;”\"')]$") && !start.matches("^[•·▪◦‣●■□➢➤*-].*")) {
      List<Line> first = more.remove(0);
      last.set(last.size() - 1, new Line(end.text().stripTrailing() + " " + first.get(0).text().strip(), false));
      last.addAll(first.subList(1, first.size()));
    }
    out.add(last);
    out.addAll(more);
    return new WordCell(out);
  }
}
