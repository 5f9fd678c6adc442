package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Word writes into a table that POI's table model leaves out: rows, cells and paragraphs inside content
 * controls ({@code w:sdt}, as templates and repeating sections wrap them), and emphasis that comes from a
 * paragraph or character style rather than from the run itself.
 */
final class WordMarkup {

  private static final int MAX_STYLE_DEPTH = 10;
  private static final int MAX_CONTROL_DEPTH = 5;

  private WordMarkup() {}

  /** The table's rows in order, those inside content controls included. */
  static List<XWPFTableRow> rows(XWPFTable table) {
    List<XWPFTableRow> rows = new ArrayList<>();
    for (XmlObject o : children(table.getCTTbl(), "tr", 0)) {
      rows.add(new XWPFTableRow((CTRow) o, table));
    }
    return rows;
  }

  /** The row's cells in order, those inside content controls included. */
  static List<XWPFTableCell> cells(XWPFTableRow row) {
    List<XWPFTableCell> cells = new ArrayList<>();
    for (XmlObject o : children(row.getCtRow(), "tc", 0)) {
      cells.add(new XWPFTableCell((CTTc) o, row, row.getTable().getBody()));
    }
    return cells;
  }

  /** The cell's paragraphs in order, those inside content controls included (nested tables are not). */
  static List<XWPFParagraph> paragraphs(XWPFTableCell cell) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    for (XmlObject o : children(cell.getCTTc(), "p", 0)) {
      paragraphs.add(new XWPFParagraph((CTP) o, cell));
    }
    return paragraphs;
  }

  /** The children of {@code parent} named {@code name}, looking through content controls around them. */
  private static List<XmlObject> children(XmlObject parent, String name, int depth) {
    List<XmlObject> found = new ArrayList<>();
    try (XmlCursor cursor = parent.newCursor()) {
      for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
        String local = cursor.getName().getLocalPart();
        XmlObject child = cursor.getObject();
        if (local.equals(name)) {
          found.add(child);
        } else if ((local.equals("sdt") || local.equals("sdtContent") || local.equals("customXml"))
            && depth < MAX_CONTROL_DEPTH) {
          found.addAll(children(child, name, depth + 1));
        }
      }
    }
    return found;
  }

  /** Whether the style, or one it is based on, makes text bold or underlined. */
  static boolean emphasisedStyle(XWPFStyles styles, String styleId) {
    Set<String> seen = new HashSet<>();
    String id = styleId;
    while (styles != null && id != null && seen.add(id) && seen.size() <= MAX_STYLE_DEPTH) {
      XWPFStyle style = styles.getStyle(id);
      if (style == null) {
        return false;
      }
      Boolean own = emphasis(style.getCTStyle().getDomNode());
      if (own != null) {
        return own;
      }
      id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
    }
    return false;
  }

  /** True or false when the style's run properties set bold or underline, null when they leave it to the base style. */
  private static Boolean emphasis(Node style) {
    for (Node n = style.getFirstChild(); n != null; n = n.getNextSibling()) {
      if ("rPr".equals(n.getLocalName())) {
        Boolean result = null;
        for (Node p = n.getFirstChild(); p != null; p = p.getNextSibling()) {
          if (p instanceof Element e && ("b".equals(e.getLocalName()) || "u".equals(e.getLocalName()))) {
            String val = e.getAttributeNS(e.getNamespaceURI(), "val");
            boolean on = "b".equals(e.getLocalName())
                ? !(val.equals("false") || val.equals("0") || val.equals("off"))
                : !val.equals("none");
            result = Boolean.TRUE.equals(result) || on;
          }
        }
        return result;
      }
    }
    return null;
  }
}
