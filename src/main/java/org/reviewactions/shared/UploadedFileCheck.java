package org.reviewactions.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;

/**
 * Which files may be evidence (an action's, an impact assessment's). The name's extension must be on the allow-list and the first bytes must be
 * what that kind of file starts with: the client's content type is never believed, so a program renamed
 * .pdf is refused. Scriptable types (HTML, SVG) are not on the list at all. Names are kept as the person
 * chose them only when they are plain: no path, no markup, no control characters.
 */
public final class UploadedFileCheck {

  public static final int MAX_NAME_LENGTH = 200;
  /** Letters and digits of any script, spaces and common punctuation; nothing a path or markup needs. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\p{Pd}\\p{Pi}\\p{Pf} ._,'()&+\\-\\[\\]#@!£$%=~]+");
  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final int ZIP_ENTRIES_LOOKED_AT = 200;

  /** Extension → what its content must look like, with the kind's name for messages. */
  private static final Map<String, Kind> KINDS = Map.ofEntries(
      Map.entry("pdf", new Kind("a PDF", b -> startsWith(b, PDF))),
      Map.entry("doc", new Kind("a Word document", b -> startsWith(b, OLE2))),
      Map.entry("docx", new Kind("a Word document", b -> zipWith(b, "word/"))),
      Map.entry("xls", new Kind("an Excel workbook", b -> startsWith(b, OLE2))),
      Map.entry("xlsx", new Kind("an Excel workbook", b -> zipWith(b, "xl/"))),
      Map.entry("ppt", new Kind("a PowerPoint presentation", b -> startsWith(b, OLE2))),
      Map.entry("pptx", new Kind("a PowerPoint presentation", b -> zipWith(b, "ppt/"))),
      Map.entry("png", new Kind("a PNG image", b -> startsWith(b, PNG))),
      Map.entry("jpg", new Kind("a JPEG image", b -> startsWith(b, JPEG))),
      Map.entry("jpeg", new Kind("a JPEG image", b -> startsWith(b, JPEG))),
      Map.entry("gif", new Kind("a GIF image", b -> startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")))),
      Map.entry("txt", new Kind("a text file", UploadedFileCheck::isText)),
      Map.entry("csv", new Kind("a CSV file", UploadedFileCheck::isText)));

  public static final String ALLOWED = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), "
      + "images (.png, .jpg, .jpeg, .gif), text (.txt) and CSV (.csv)";

  private record Kind(String name, Predicate<byte[]> looksRight) {}

  private UploadedFileCheck() {}

  /**
   * Refuses the file with a {@link FileRefused} naming why (400 bad name or empty, 413 larger than {@code maxBytes},
   * 415 not an allowed type or not what its name says), or returns its name as it will be stored.
   */
  public static String check(String fileName, byte[] content, long maxBytes) {
    String name = checkName(fileName);
    if (content == null || content.length == 0) {
      throw new FileRefused(HttpStatus.BAD_REQUEST, "The file '" + name + "' is empty. Choose the file that holds the evidence.");
    }
    if (content.length > maxBytes) {
      throw new FileRefused(HttpStatus.PAYLOAD_TOO_LARGE, "The file '" + name + "' is " + size(content.length)
          + "; evidence files must be at most " + size(maxBytes) + " (rat.evidence.max-file-size).");
    }
    int dot = name.lastIndexOf('.');
    Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (kind == null) {
      throw new FileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file '" + name + "' is not a type accepted as evidence. "
          + "Upload " + ALLOWED + ".");
    }
    if (!kind.looksRight().test(content)) {
      throw new FileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file '" + name + "' is named as " + kind.name()
          + " but its content is not " + kind.name() + ". Upload the document itself, saved as " + kind.name() + ".");
    }
    return name;
  }

  /** Refuses a name with a path, markup or control characters in it (400), or returns it stripped. */
  public static String checkName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new FileRefused(HttpStatus.BAD_REQUEST, "The file has no name. Choose a file to upload.");
    }
    String name = fileName.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      throw new FileRefused(HttpStatus.BAD_REQUEST, "The file name is " + name.length() + " characters long; "
          + "rename the file to at most " + MAX_NAME_LENGTH + " characters.");
    }
    if (!PLAIN_NAME.matcher(name).matches() || name.startsWith(".") || name.contains("..")) {
      throw new FileRefused(HttpStatus.BAD_REQUEST, "The file name '" + name.replaceAll("\\p{Cntrl}", "?") + "' cannot be used: "
          + "rename the file using letters, digits, spaces and . - _ ( ) , only, with no folder in it.");
    }
    return name;
  }

  /** The size as people read it: "812 bytes", "40 KB", "2.5 MB". */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** An Office Open XML file is a zip holding [Content_Types].xml and its application's folder; only names are read. */
  private static boolean zipWith(byte[] content, String folder) {
    if (!startsWith(content, ZIP)) {
      return false;
    }
    boolean types = false;
    boolean part = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      for (int i = 0; i < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null && !(types && part); i++) {
        types |= entry.getName().equals("[Content_Types].xml");
        part |= entry.getName().startsWith(folder);
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return types && part;
  }

  /**
   * Text without control characters other than tab, line feed, carriage return and form feed. Any 8-bit
   * encoding passes: CSV saved by Excel on Windows is often Windows-1252, not UTF-8. A program or an
   * image has zero bytes and other control characters in its first kilobytes, so it fails.
   */
  private static boolean isText(byte[] content) {
    for (byte b : content) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
