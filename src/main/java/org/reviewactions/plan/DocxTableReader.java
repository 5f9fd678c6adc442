package org.reviewactions.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a Word document (.docx) as text, wherever they stand: in the body, one after
 * another, inside another table's cell, or inside a content control. Only the text of paragraphs is read: macros, embedded
 * objects and pictures are never opened, and a macro-enabled document is refused before its text is.
 */
final class DocxTableReader {

  static final String MACRO_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";
  private static final int MAX_NESTING = 3;
  /** Zero-width characters Word leaves in text; they are not text. */
  private static final String INVISIBLE = "[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]";
  /** A line of non-breaking or other spaces only is as blank as an empty one. */
  private static final String ONLY_SPACES = "[\\s\\u00A0\\u2007\\u202F]*";

  private DocxTableReader() {}

  /** The document's tables, or the refusal of the file. */
  record Result(List<WordTable> tables, ImportError error) {}

  static Result read(String fileName, byte[] content, ImportLimits limits) {
    Optional<ImportError> tooBig = XlsxPackageCheck.check(fileName, content, limits, "document");
    if (tooBig.isPresent()) {
      return new Result(List.of(), tooBig.get());
    }
    Path copy = null;
    OPCPackage pkg = null;
    try {
      copy = Files.createTempFile("rat-plan-", ".docx");
      Files.write(copy, content);
      pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
      Optional<ImportError> macros = macroEnabled(fileName, pkg);
      if (macros.isPresent()) {
        return new Result(List.of(), macros.get());
      }
      if (pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()
          || !mainPart(pkg).getContentType().contains("wordprocessingml")) {
        return new Result(List.of(), ImportError.ofFile("The file \"" + fileName
            + "\" is named .docx but is not a Word document. " + PlanSheetReader.ACCEPTED_FORMATS));
      }
      Optional<ImportError> tooLarge = mainPartTooLarge(fileName, mainPart(pkg), limits);
      if (tooLarge.isPresent()) {
        return new Result(List.of(), tooLarge.get());
      }
      try (XWPFDocument document = new XWPFDocument(pkg)) {
        return tables(document, limits);
      }
    } catch (TableCollector.LimitReached limit) {
      return new Result(List.of(), limit.error());
    } catch (Exception | LinkageError e) {
      return new Result(List.of(), ImportError.ofFile("The file \"" + fileName
          + "\" could not be opened as a Word document (.docx): " + e.getMessage()
          + ". Save the plan again as .docx (not password-protected)."));
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
      deleteQuietly(copy);
    }
  }

  /** A document with a VBA project, or whose main part is the macro-enabled kind, is never read. */
  private static Optional<ImportError> macroEnabled(String fileName, OPCPackage pkg) throws Exception {
    boolean vba = !pkg.getPartsByContentType(MACRO_CONTENT_TYPE).isEmpty()
        || pkg.getParts().stream().anyMatch(p -> p.getPartName().getName().toLowerCase().endsWith("vbaproject.bin"));
    boolean macroMain = !pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()
        && mainPart(pkg).getContentType().toLowerCase().contains("macroenabled");
    if (!vba && !macroMain) {
      return Optional.empty();
    }
    return Optional.of(macroRefusal(fileName));
  }

  /**
   * Word's text is held in memory as a whole, several times the size of its XML, unlike a workbook's
   * streamed sheet: its main part may be at most a fifth of {@code max-uncompressed-size} (10 MB by
   * default, some hundred times a real plan), measured while inflating.
   */
  private static Optional<ImportError> mainPartTooLarge(String fileName, PackagePart main, ImportLimits limits)
      throws IOException {
    long max = limits.maxUncompressedSize().toBytes() / 5;
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (java.io.InputStream in = main.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        size += n;
        if (size > max) {
          return Optional.of(ImportError.ofFile("The text of the document \"" + fileName + "\" is more than "
              + ImportLimits.size(max) + " when unzipped; at most " + ImportLimits.size(max) + " are read (a fifth of "
              + "rat.import.max-uncompressed-size). Remove pictures pasted as text, or split the document."));
        }
      }
    }
    return Optional.empty();
  }

  static ImportError macroRefusal(String fileName) {
    return ImportError.ofFile("The file \"" + fileName + "\" is a macro-enabled Word document (.docm, or a .docx "
        + "carrying macros); such documents are refused and their macros never run. Save the plan as a plain "
        + "Word document (.docx) and upload that.");
  }

  private static PackagePart mainPart(OPCPackage pkg) throws Exception {
    return pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0);
  }

  private static Result tables(XWPFDocument document, ImportLimits limits) throws TableCollector.LimitReached {
    Walk walk = new Walk(limits);
    walk.document = document;
    walk.sdtBlocks = document.getDocument().getBody().getSdtList();
    walk.body(document.getBodyElements(), 0);
    return new Result(walk.tables, null);
  }

  /** One pass through a document, collecting its tables in reading order. */
  private static final class Walk {
    private final TableCollector limits;
    private final List<WordTable> tables = new ArrayList<>();
    private List<String> before = new ArrayList<>();
    private String headingBefore;
    private XWPFDocument document;
    private List<CTSdtBlock> sdtBlocks;
    private int sdtIndex;
    private int rowCount;

    Walk(ImportLimits limits) {
      this.limits = new TableCollector(limits);
    }

    void body(List<IBodyElement> elements, int depth) throws TableCollector.LimitReached {
      for (IBodyElement element : elements) {
        if (element instanceof XWPFParagraph p) {
          List<WordCell.Line> lines = lines(p);
          String text = String.join(" ", lines.stream().map(WordCell.Line::text).toList());
          if (!text.isBlank()) {
            before.add(text.strip());
            headingBefore = lines.size() == 1 && WordRecommendationCell.isHeading(lines.get(0))
                ? WordRecommendationCell.headingName(lines.get(0).text()) : null;
          }
        } else if (element instanceof XWPFTable t) {
          table(t, depth);
        } else if (element instanceof XWPFSDT && sdtBlocks != null && sdtIndex < sdtBlocks.size()) {
          // A content control around a table (as templates wrap them): POI gives no access to its tables.
          for (CTTbl inner : sdtBlocks.get(sdtIndex++).getSdtContent().getTblList()) {
            table(new XWPFTable(inner, document), depth);
          }
        }
      }
    }

    private void table(XWPFTable table, int depth) throws TableCollector.LimitReached {
      List<List<WordCell>> rows = new ArrayList<>();
      List<List<Integer>> spans = new ArrayList<>();
      List<XWPFTable> nested = new ArrayList<>();
      List<WordCell> above = List.of();
      for (XWPFTableRow row : WordMarkup.rows(table)) {
        List<WordCell> cells = new ArrayList<>();
        List<Integer> rowSpans = new ArrayList<>();
        for (XWPFTableCell cell : WordMarkup.cells(row)) {
          int span = gridSpan(cell);
          int column = cells.size();
          WordCell value = vMergeContinues(cell)
              ? (column < above.size() ? above.get(column) : WordCell.EMPTY)
              : cell(cell);
          limits.cell(rowCount + 1, column + 1, value.text());
          cells.add(value);
          rowSpans.add(span);
          for (int i = 1; i < span; i++) {
            cells.add(WordCell.EMPTY);
            rowSpans.add(0);
          }
          if (depth < MAX_NESTING) {
            nested.addAll(cell.getTables());
          }
        }
        rowCount++;
        limits.row(rowCount, cells.stream().map(WordCell::text).toList());
        rows.add(cells);
        spans.add(rowSpans);
        above = cells;
      }
      tables.add(new WordTable(tables.size() + 1, List.copyOf(before), headingBefore, rows, spans));
      before = new ArrayList<>();
      headingBefore = null;
      for (XWPFTable inner : nested) {
        table(inner, depth + 1);
      }
    }

    private static int gridSpan(XWPFTableCell cell) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
        return 1;
      }
      return Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue()));
    }

    private static boolean vMergeContinues(XWPFTableCell cell) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      return pr != null && pr.isSetVMerge()
          && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static WordCell cell(XWPFTableCell cell) {
      List<List<WordCell.Line>> paragraphs = new ArrayList<>();
      for (XWPFParagraph p : WordMarkup.paragraphs(cell)) {
        paragraphs.add(lines(p));
      }
      return new WordCell(paragraphs);
    }

    /**
     * Text a reader of the document does not see: deleted in tracked changes (or moved away), or hidden.
     * The document is read as it stands with every tracked change accepted.
     */
    private static boolean notShown(XWPFRun run) {
      org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
      String name = parent == null ? "" : parent.getLocalName();
      return "del".equals(name) || "moveFrom".equals(name) || run.isVanish();
    }

    /**
     * A paragraph's lines, split at manual line breaks, each marked if all its text is bold or underlined,
     * by the run itself, its character style, or the paragraph's style (a Heading style, or one that is bold).
     */
    private static List<WordCell.Line> lines(XWPFParagraph paragraph) {
      XWPFStyles styles = paragraph.getDocument() == null ? null : paragraph.getDocument().getStyles();
      boolean headingStyle = paragraph.getStyle() != null && (paragraph.getStyle().toLowerCase().startsWith("heading")
          || WordMarkup.emphasisedStyle(styles, paragraph.getStyle()));
      List<WordCell.Line> lines = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean emphasised = true;
      for (IRunElement element : paragraph.getIRuns()) {
        String runText;
        boolean strong;
        if (element instanceof XWPFRun run) {
          if (notShown(run)) {
            continue;
          }
          runText = run.text();
          strong = headingStyle || run.isBold() || (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE)
              || (run.getStyle() != null && !run.getStyle().isEmpty() && WordMarkup.emphasisedStyle(styles, run.getStyle()));
        } else if (element instanceof XWPFSDT sdt) {
          runText = sdt.getContent().getText();
          strong = headingStyle;
        } else {
          continue;
        }
        String[] parts = runText.replace('\r', '\n').replace('\t', ' ').replaceAll(INVISIBLE, "").split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            lines.add(new WordCell.Line(text.toString(), emphasised && !text.toString().isBlank()));
            text.setLength(0);
            emphasised = true;
          }
          text.append(parts[i]);
          if (!parts[i].isBlank() && !strong) {
            emphasised = false;
          }
        }
      }
      lines.add(new WordCell.Line(text.toString(), emphasised && !text.toString().isBlank()));
      return lines.stream().filter(l -> !l.text().isBlank() && !l.text().matches(ONLY_SPACES)).toList();
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // The temporary folder is cleaned by the system; the upload was read or refused either way.
      }
    }
  }
}
