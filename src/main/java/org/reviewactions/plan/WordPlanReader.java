package org.reviewactions.plan;

import java.util.List;
import java.util.function.Function;

/**
 * Reads an action plan written as a Word table (.docx): an overview table with the agencies' IMR tables
 * after it as {@link WordImrPlan} reads them, any other layout by finding the plan's tables ({@link WordPlanLayout}),
 * reads their rows as the board wrote them ({@link WordPlanRows}) and hands the result to the same
 * column recognition as a spreadsheet. Macro-enabled documents (.docm) are refused unread.
 */
final class WordPlanReader {

  private WordPlanReader() {}

  static boolean isWord(String extension) {
    return extension.equals("docx") || extension.equals("docm");
  }

  static PlanSheet read(String name, String extension, byte[] content, ImportLimits limits,
      Function<RawTable, PlanSheet> toSheet) {
    if (extension.equals("docm")) {
      return PlanSheet.failed(List.of(DocxTableReader.macroRefusal(name)));
    }
    if (CsvTableReader.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      return PlanSheet.failed(List.of(notOpenXml(name, content)));
    }
    if (!CsvTableReader.startsWith(content, 'P', 'K', 3, 4)) {
      return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is named .docx but is not a Word "
          + "document (.doc files from Word 97-2003 cannot be read; save the plan as .docx). "
          + PlanSheetReader.ACCEPTED_FORMATS)));
    }
    DocxTableReader.Result document = DocxTableReader.read(name, content, limits);
    if (document.error() != null) {
      return PlanSheet.failed(List.of(document.error()));
    }
    java.util.Optional<WordImrPlan.Result> imr = WordImrPlan.read(document.tables());
    if (imr.isPresent()) {
      return toSheet.apply(imr.get().table()).withNotes(imr.get().notes());
    }
    WordPlanLayout.Layout layout = WordPlanLayout.of(document.tables());
    if (layout.isEmpty()) {
      String found = document.tables().isEmpty() ? "has no tables" : "has " + document.tables().size()
          + (document.tables().size() == 1 ? " table" : " tables") + ", none of them headed as a plan";
      return new PlanSheet(List.of(), java.util.Map.of(), List.of(ImportError.ofFile("No action plan table found: the "
          + "document \"" + name + "\" " + found + ". A plan's table has a header row naming its columns, such as "
          + "Recommendation, Action, Timescale, Responsible and Progress.")), List.of(), layout.notes());
    }
    WordPlanRows.Result rows = WordPlanRows.read(layout);
    return toSheet.apply(rows.table()).withNotes(rows.notes());
  }

  /**
   * What an Office binary (OLE2) container named .docx is: Word keeps a password-protected document in one
   * (its encrypted package as a stream named "EncryptedPackage"), and Word 97-2003 writes one with a
   * "WordDocument" stream. The stream names are looked for in the container's directory as it stores them
   * (UTF-16LE); nothing in the file is parsed or decrypted.
   */
  private static ImportError notOpenXml(String name, byte[] content) {
    if (holdsStream(content, "EncryptedPackage") || holdsStream(content, "EncryptionInfo")) {
      return ImportError.ofFile("The file \"" + name + "\" is password-protected (encrypted), so its text cannot be read. "
          + "Open it in Word, remove the password (File, Info, Protect Document, Encrypt with Password: clear the "
          + "password), save it and upload it again; the tracker keeps the plan's text, not the file.");
    }
    if (holdsStream(content, "WordDocument")) {
      return ImportError.ofFile("The file \"" + name + "\" is a Word 97-2003 document (.doc) named .docx; such documents "
          + "cannot be read. Open it in Word and save it as a Word Document (.docx), then upload that.");
    }
    return ImportError.ofFile("The file \"" + name + "\" is named .docx but is an Office 97-2003 file, not a Word "
        + "document (.docx). Open it in Word and save it as a Word Document (.docx). " + PlanSheetReader.ACCEPTED_FORMATS);
  }

  private static boolean holdsStream(byte[] content, String stream) {
    byte[] utf16 = stream.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    outer:
    for (int i = 0; i + utf16.length <= content.length; i++) {
      for (int j = 0; j < utf16.length; j++) {
        if (content[i + j] != utf16[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
