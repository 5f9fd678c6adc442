package org.reviewactions.plan;

/**
 * Word markup that POI does not write but Word does, put into a POI-built document's XML: content controls
 * around runs, paragraphs, cells and rows; text boxes and shapes; fields; external hyperlinks.
 */
final class WordXml {

  static final String DOCUMENT = "word/document.xml";
  private static final String SDT_PR = "<w:sdtPr><w:alias w:val=\"Plan field\"/><w:tag w:val=\"plan\"/></w:sdtPr>";

  private WordXml() {}

  static byte[] edit(byte[] docx, java.util.function.UnaryOperator<String> change) {
    return WordDocsHostile.rewrite(docx, DOCUMENT, change);
  }

  /** The innermost {@code <w:tag>} element around {@code marker} wrapped in a content control. */
  static String wrapInContentControl(String xml, String marker, String tag) {
    int at = xml.indexOf(marker);
    int start = openingBefore(xml, tag, at);
    int end = xml.indexOf("</w:" + tag + ">", at) + ("</w:" + tag + ">").length();
    return xml.substring(0, start) + "<w:sdt>" + SDT_PR + "<w:sdtContent>" + xml.substring(start, end)
        + "</w:sdtContent></w:sdt>" + xml.substring(end);
  }

  /** The run holding {@code marker} followed by {@code runs} (markup inside a paragraph). */
  static String afterRun(String xml, String marker, String runs) {
    int at = xml.indexOf(marker);
    int end = xml.indexOf("</w:r>", at) + "</w:r>".length();
    return xml.substring(0, end) + runs + xml.substring(end);
  }

  /** The run holding {@code marker} replaced by {@code runs}. */
  static String replaceRun(String xml, String marker, String runs) {
    int at = xml.indexOf(marker);
    int start = openingBefore(xml, "r", at);
    int end = xml.indexOf("</w:r>", at) + "</w:r>".length();
    return xml.substring(0, start) + runs + xml.substring(end);
  }

  private static int openingBefore(String xml, String tag, int at) {
    int start = at;
    do {
      start = xml.lastIndexOf("<w:" + tag, start - 1);
    } while (!(next(xml, start, tag) == '>' || next(xml, start, tag) == ' '));
    return start;
  }

  private static char next(String xml, int start, String tag) {
    return xml.charAt(start + tag.length() + 3);
  }

  /** A VML text box, as Word 2007 and LibreOffice write a shape with text. */
  static String vmlTextBox(String text) {
    return "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"box1\" style=\"width:100pt;height:20pt\">"
        + "<v:textbox><w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        + "</v:shape></w:pict></w:r>";
  }

  /** A DrawingML shape holding text, as Word 2010 and later write a text box. */
  static String drawingTextBox(String text) {
    return "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\""
        + " locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"914400\" cy=\"228600\"/><wp:wrapNone/><wp:docPr id=\"7\" name=\"Text Box 7\"/>"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:cNvSpPr txBox=\"1\"/>"
        + "<wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>";
  }

  /** A complex field (HYPERLINK, INCLUDETEXT, ...) whose last shown result is {@code result}. */
  static String field(String instruction, String result) {
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instruction
        + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + result
        + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  }

  /** A simple field, as Word writes short ones. */
  static String simpleField(String instruction, String result) {
    return "<w:fldSimple w:instr=\" " + instruction.replace("\"", "&quot;") + " \"><w:r><w:t>" + result + "</w:t></w:r></w:fldSimple>";
  }

  /** A content control inside a paragraph, around one run. */
  static String runInContentControl(String text) {
    return "<w:sdt>" + SDT_PR + "<w:sdtContent><w:r><w:t xml:space=\"preserve\">" + text
        + "</w:t></w:r></w:sdtContent></w:sdt>";
  }
}
