package org.reviewactions.plan;

import java.util.List;

/**
 * One table of a Word document laid out on its grid: a cell spanning columns stands in its first grid
 * column (the others are empty), and a vertically merged cell has the value of the cell it continues.
 *
 * @param position the table's position among the document's tables, from 1
 * @param before the text of the paragraphs between the previous table and this one
 * @param headingBefore the last of those paragraphs when it is a short bold or underlined heading, else null
 * @param rows the rows, each as long as the table's grid
 * @param spans for each row, how many grid columns each of its cells spans (1 where a cell starts alone)
 */
record WordTable(int position, List<String> before, String headingBefore, List<List<WordCell>> rows, List<List<Integer>> spans) {

  int columns() {
    return rows.stream().mapToInt(List::size).max().orElse(0);
  }

  WordCell cell(int row, int column) {
    List<WordCell> cells = rows.get(row);
    return column < cells.size() ? cells.get(column) : WordCell.EMPTY;
  }

  int span(int row, int column) {
    List<Integer> s = spans.get(row);
    return column < s.size() ? s.get(column) : 1;
  }
}
