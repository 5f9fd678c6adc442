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

  /** The document encrypted with a password to open it, as Word saves it (an OLE2 container, not a zip). */
  static byte[] passwordProtected(byte[] docx, String password) {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(docx);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Word 97-2003 document (an OLE2 container with a WordDocument stream), as a .doc renamed .docx is. */
  static byte[] word97() {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document whose text part inflates a thousandfold to {@code megabytes}: a zip bomb in miniature. */
  static byte[] inflating(int megabytes) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        byte[] docx = WordDocs.doc().table(WordDocs.header("Recommendation", "Action"),
            WordDocs.row(WordDocs.c("1.1 A."), WordDocs.c("B"))).bytes();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
          ZipEntry entry;
          while ((entry = in.getNextEntry()) != null) {
            byte[] content = in.readAllBytes();
            out.putNextEntry(new ZipEntry(entry.getName()));
            if (entry.getName().equals("word/document.xml")) {
              String xml = new String(content, StandardCharsets.UTF_8);
              int body = xml.indexOf("<w:body>") + "<w:body>".length();
              out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
              byte[] spaces = new byte[1024 * 1024];
              java.util.Arrays.fill(spaces, (byte) ' ');
              for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
              }
              out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
            } else {
              out.write(content);
            }
            out.closeEntry();
          }
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
