package org.reviewactions.shared;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the application writes: DejaVu Sans (regular and bold, from {@code fonts/}, its licence
 * beside it), embedded with Unicode encoding. The PDF built-in Helvetica knows only Windows-1252, so Welsh (ŵ, ŷ),
 * Polish (ł, ź) and most names from outside western Europe vanished from reports and statements; DejaVu covers
 * them. The font files are read once; each PDF embeds only the letters it uses.
 */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
  private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  /** Regular text of the size, in points. */
  public static Font regular(float size) {
    return new Font(REGULAR, size);
  }

  /** Bold text of the size, in points. */
  public static Font bold(float size) {
    return new Font(BOLD, size);
  }

  /** Bold text of the size and colour. */
  public static Font bold(float size, Color colour) {
    return new Font(BOLD, size, Font.NORMAL, colour);
  }

  /** The regular font itself, for text drawn straight on a page (page numbers). */
  public static BaseFont regularBase() {
    return REGULAR;
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + resource, e);
    }
  }
}
