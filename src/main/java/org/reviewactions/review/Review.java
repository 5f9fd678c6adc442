package org.reviewactions.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One serious case review (SCR) or child safeguarding practice review (CSPR) whose plan is tracked. */
@Entity
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String reference;

  /** The reference lower-cased: unique, so that no review is imported twice under different capitals. */
  @Column(name = "reference_key", nullable = false, unique = true, length = 120)
  private String referenceKey;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(nullable = false, length = 300)
  private String board;

  @Column(name = "publication_date", nullable = false)
  private LocalDate publicationDate;

  @Column(name = "source_file", length = 500)
  private String sourceFile;

  @Column(name = "imported_by", length = 100)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected Review() {}

  public Review(String reference, String title, String board, LocalDate publicationDate) {
    this.reference = reference;
    this.referenceKey = key(reference);
    this.title = title;
    this.board = board;
    this.publicationDate = publicationDate;
  }

  /** The form of a reference under which it is unique. */
  public static String key(String reference) {
    return reference.strip().toLowerCase(Locale.ROOT);
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getTitle() { return title; }
  public String getBoard() { return board; }
  public LocalDate getPublicationDate() { return publicationDate; }
  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
  public String getImportedBy() { return importedBy; }
  public void setImportedBy(String importedBy) { this.importedBy = importedBy; }
  public Instant getImportedAt() { return importedAt; }

  /** When the plan was imported, by the application's clock. */
  public void setImportedAt(Instant importedAt) { this.importedAt = importedAt; }
}
