package org.reviewactions.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/** Word documents carrying what a plan never needs: macros, embedded objects. */
final class WordDocsHostile {

  private WordDocsHostile() {}

  /** A document with a VBA project part, as Word saves macros. */
  static byte[] withVbaProject(WordDocs.Doc doc) {
    return withPart(doc, "/word/vbaProject.bin", DocxTableReader.MACRO_CONTENT_TYPE,
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "Attribute VB_Name = \"AutoOpen\"");
  }

  /** A document with an embedded object whose content would be a plan if anyone opened it. */
  static byte[] withEmbeddedObject(WordDocs.Doc doc) {
    return withPart(doc, "/word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject",
        "Rec No,Recommendation,Action,Timescale,Responsible\n9.9,Embedded,Never read,May 2006,Nobody\n");
  }

  private static byte[] withPart(WordDocs.Doc doc, String name, String contentType, String relationship, String text) {
    try {
      var document = doc.document();
      PackagePart part = document.getPackage().createPart(PackagingURIHelper.createPartName(name), contentType);
      try (OutputStream out = part.getOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      document.getPackagePart().addRelationship(part.getPartName(), TargetMode.INTERNAL, relationship);
      return doc.bytes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same document with its main part declared macro-enabled, as a renamed .docm is. */
  static byte[] declaredMacroEnabled(byte[] docx) {
    return rewrite(docx, "[Content_Types].xml", xml -> xml.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml"));
  }

  static byte[] rewrite(byte[] zip, String entryName, java.util.function.UnaryOperator<String> change) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          byte[] content = in.readAllBytes();
          if (entry.getName().equals(entryName)) {
            content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(content);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
