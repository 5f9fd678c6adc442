package org.reviewactions.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents built with POI for the tests, laid out as boards write their plans: tables with a
 * header row, cells of several paragraphs, line breaks, bullets, bold or underlined headings, merged
 * and spanning cells.
 */
final class WordDocs {

  private WordDocs() {}

  /** A run of text in a paragraph; "\n" in it is a manual line break. */
  record Run(String text, boolean bold, boolean underline) {}

  /** A cell: paragraphs of runs, how many grid columns it spans, and its vertical merge. */
  record Cell(List<List<Run>> paragraphs, int span, String vMerge, List<Cell[]> nested, boolean listed) {

    Cell(List<List<Run>> paragraphs, int span, String vMerge, List<Cell[]> nested) {
      this(paragraphs, span, vMerge, nested, false);
    }

    Cell span(int columns) {
      return new Cell(paragraphs, columns, vMerge, nested, listed);
    }

    /** The top of a vertically merged cell. */
    Cell mergeStart() {
      return new Cell(paragraphs, span, "restart", nested, listed);
    }

    Cell withTable(Cell[]... rows) {
      return new Cell(paragraphs, span, vMerge, List.of(rows), listed);
    }
  }

  /** A bulleted list as Word makes it: the bullet is numbering, not text. */
  static Cell listed(String... items) {
    Cell plain = c(items);
    return new Cell(plain.paragraphs(), 1, null, List.of(), true);
  }

  /** Paragraphs of plain text; "\n" inside one is a line break. */
  static Cell c(String... paragraphs) {
    List<List<Run>> ps = new ArrayList<>();
    for (String p : paragraphs) {
      ps.add(List.of(new Run(p, false, false)));
    }
    return new Cell(ps, 1, null, List.of());
  }

  /** Bullet points as Word shows them when the bullet was typed. */
  static Cell bullets(String... items) {
    return c(java.util.Arrays.stream(items).map(i -> "• " + i).toArray(String[]::new));
  }

  /** A bold and underlined heading paragraph, then plain paragraphs. */
  static Cell headed(String heading, String... paragraphs) {
    List<List<Run>> ps = new ArrayList<>();
    ps.add(List.of(new Run(heading, true, true)));
    for (String p : paragraphs) {
      ps.add(List.of(new Run(p, false, false)));
    }
    return new Cell(ps, 1, null, List.of());
  }

  /** A bold (not underlined) heading paragraph, then plain paragraphs. */
  static Cell bold(String heading, String... paragraphs) {
    List<List<Run>> ps = new ArrayList<>();
    ps.add(List.of(new Run(heading, true, false)));
    for (String p : paragraphs) {
      ps.add(List.of(new Run(p, false, false)));
    }
    return new Cell(ps, 1, null, List.of());
  }

  /** A bold heading, a line break and plain text, all in one paragraph (as seed 004 writes "LSCB"). */
  static Cell boldThenBreak(String heading, String text) {
    return new Cell(List.of(List.of(new Run(heading, true, false), new Run("\n" + text, false, false))), 1, null, List.of());
  }

  /** The continuation of a vertically merged cell: Word leaves it empty. */
  static Cell merged() {
    return new Cell(List.of(), 1, "continue", List.of());
  }

  static Cell[] row(Cell... cells) {
    return cells;
  }

  static Cell[] header(String... headings) {
    return java.util.Arrays.stream(headings).map(WordDocs::c).toArray(Cell[]::new);
  }

  /** A document being built, top to bottom. */
  static final class Doc {
    private final XWPFDocument document = new XWPFDocument();

    Doc p(String text) {
      document.createParagraph().createRun().setText(text);
      return this;
    }

    Doc boldP(String text) {
      XWPFRun run = document.createParagraph().createRun();
      run.setBold(true);
      run.setText(text);
      return this;
    }

    Doc table(Cell[]... rows) {
      XWPFTable table = document.createTable();
      fill(table, rows);
      return this;
    }

    /** A table wrapped in a content control, as document templates hold them. */
    Doc tableInContentControl(Cell[]... rows) {
      CTTbl ct = document.getDocument().getBody().addNewSdt().addNewSdtContent().addNewTbl();
      fill(new XWPFTable(ct, document, 1, 1), rows);
      return this;
    }

    XWPFDocument document() {
      return document;
    }

    byte[] bytes() {
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        document.write(out);
        document.close();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Doc doc() {
    return new Doc();
  }

  private static java.math.BigInteger bulletList(XWPFDocument document) {
    org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = document.getNumbering() != null
        ? document.getNumbering() : document.createNumbering();
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abs =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(7));
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl level = abs.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.BULLET);
    level.addNewLvlText().setVal("\u2022");
    BigInteger id = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs, numbering));
    return numbering.addNum(id);
  }

  private static void fill(XWPFTable table, Cell[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
      while (row.getTableCells().size() < rows[r].length) {
        row.addNewTableCell();
      }
      while (row.getTableCells().size() > rows[r].length) {
        row.removeCell(row.getTableCells().size() - 1);
      }
      for (int c = 0; c < rows[r].length; c++) {
        write(row.getCell(c), rows[r][c]);
      }
    }
  }

  private static void write(XWPFTableCell cell, Cell spec) {
    while (cell.getParagraphs().size() > 1) {
      cell.removeParagraph(cell.getParagraphs().size() - 1);
    }
    XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    while (!first.getRuns().isEmpty()) {
      first.removeRun(0);
    }
    java.math.BigInteger list = spec.listed() ? bulletList(cell.getXWPFDocument()) : null;
    for (int i = 0; i < spec.paragraphs().size(); i++) {
      XWPFParagraph p = i == 0 ? first : cell.addParagraph();
      if (list != null) {
        p.setNumID(list);
      }
      for (Run run : spec.paragraphs().get(i)) {
        XWPFRun r = p.createRun();
        r.setBold(run.bold());
        if (run.underline()) {
          r.setUnderline(UnderlinePatterns.SINGLE);
        }
        String[] lines = run.text().split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
          if (l > 0) {
            r.addBreak();
          }
          r.setText(lines[l], l);
        }
      }
    }
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    if (spec.span() > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
    }
    if ("restart".equals(spec.vMerge())) {
      pr.addNewVMerge().setVal(STMerge.RESTART);
    } else if ("continue".equals(spec.vMerge())) {
      pr.addNewVMerge();
    }
    if (!spec.nested().isEmpty()) {
      CTTbl ct = cell.getCTTc().addNewTbl();
      XWPFTable inner = new XWPFTable(ct, cell, 1, 1);
      fill(inner, spec.nested().toArray(Cell[][]::new));
      cell.insertTable(cell.getTables().size(), inner);
    }
  }
}
