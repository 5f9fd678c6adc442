package org.reviewactions.action.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EvidenceFileCheckTest {

  private static final long LIMIT = 1024;
  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  /** The first bytes of a Windows program: "MZ", then zero bytes. */
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static HttpStatus refusal(String name, byte[] content) {
    try {
      EvidenceFileCheck.check(name, content, LIMIT);
      throw new AssertionError(name + " was accepted");
    } catch (EvidenceRefused e) {
      assertThat(e.getMessage()).isNotBlank();
      return e.status();
    }
  }

  @Test
  void documentsOfEachAllowedKindWhoseContentMatchesTheirNameAreAccepted() throws IOException {
    assertThat(EvidenceFileCheck.check("Audit report 2026 (final).pdf", PDF, LIMIT)).isEqualTo("Audit report 2026 (final).pdf");
    assertThat(EvidenceFileCheck.check("minutes.docx", zip("[Content_Types].xml", "word/document.xml"), LIMIT)).isEqualTo("minutes.docx");
    assertThat(EvidenceFileCheck.check("figures.XLSX", zip("[Content_Types].xml", "xl/workbook.xml"), LIMIT)).isEqualTo("figures.XLSX");
    assertThat(EvidenceFileCheck.check("slides.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"), LIMIT)).isEqualTo("slides.pptx");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
    assertThat(EvidenceFileCheck.check("old.doc", ole, LIMIT)).isEqualTo("old.doc");
    assertThat(EvidenceFileCheck.check("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, LIMIT)).isEqualTo("photo.jpg");
    assertThat(EvidenceFileCheck.check("Register – cafés.csv", "Name,Agency\r\nA,Police\r\n".getBytes(StandardCharsets.UTF_8), LIMIT))
        .isEqualTo("Register – cafés.csv");
    assertThat(EvidenceFileCheck.check("windows.csv", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\r', '\n'}, LIMIT)).isEqualTo("windows.csv");
  }

  @Test
  void aProgramRenamedAsAPdfOrAsTextIsRefusedAsItsContentIsNotWhatItsNameSays() {
    assertThat(refusal("policy.pdf", EXE)).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refusal("notes.txt", EXE)).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThatThrownBy(() -> EvidenceFileCheck.check("policy.pdf", EXE, LIMIT))
        .hasMessageContaining("named as a PDF but its content is not a PDF");
  }

  @Test
  void aZipOrAWorkbookRenamedAsAWordDocumentIsRefused() throws IOException {
    assertThat(refusal("letter.docx", zip("evil.exe"))).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refusal("letter.docx", zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void typesOutsideTheAllowListAreRefusedWhateverTheirContent() {
    for (String name : new String[] {"page.html", "drawing.svg", "run.exe", "script.js", "noextension", "archive.zip"}) {
      assertThat(refusal(name, "hello".getBytes(StandardCharsets.US_ASCII))).as(name).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    assertThatThrownBy(() -> EvidenceFileCheck.check("page.html", PDF, LIMIT)).hasMessageContaining("PDF, Word");
  }

  @Test
  void namesWithPathsMarkupOrControlCharactersAreRefusedNotCleanedUp() {
    for (String name : new String[] {"<script>.pdf", "../../x", "..\\..\\x.pdf", "/etc/passwd.pdf", ".hidden.pdf",
        "a\u0000b.pdf", "line\nbreak.pdf", "quote\".pdf", "a:b.pdf", "x".repeat(201) + ".pdf"}) {
      assertThat(refusal(name, PDF)).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThatThrownBy(() -> EvidenceFileCheck.check("<script>.pdf", PDF, LIMIT)).hasMessageContaining("rename the file");
    assertThat(refusal("  ", PDF)).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void emptyAndOversizedFilesAreRefusedNamingTheLimit() {
    assertThat(refusal("empty.pdf", new byte[0])).isEqualTo(HttpStatus.BAD_REQUEST);
    byte[] big = new byte[(int) LIMIT + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(refusal("big.pdf", big)).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThatThrownBy(() -> EvidenceFileCheck.check("big.pdf", big, LIMIT)).hasMessageContaining("at most 1 KB")
        .hasMessageContaining("rat.evidence.max-file-size");
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(EvidenceFileCheck.size(14)).isEqualTo("14 bytes");
    assertThat(EvidenceFileCheck.size(1500)).isEqualTo("2 KB");
    assertThat(EvidenceFileCheck.size(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(EvidenceFileCheck.size(1536L * 1024)).isEqualTo("1.5 MB");
  }
}
