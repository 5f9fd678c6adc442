package org.reviewactions.plan;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of an impact assessment, uploaded while its "Assess impact" task was open. */
@Entity
@Table(name = "impact_check_file")
class ImpactCheckFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "impact_check_id", nullable = false)
  private Long impactCheckId;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(name = "content_type", length = 200)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ImpactCheckFile() {}

  ImpactCheckFile(Long impactCheckId, String fileName, String contentType, byte[] content, String uploadedBy,
      Instant uploadedAt) {
    this.impactCheckId = impactCheckId;
    this.fileName = fileName;
    this.contentType = contentType == null || contentType.length() > 200 ? null : contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long getId() { return id; }
  Long getImpactCheckId() { return impactCheckId; }
  String getFileName() { return fileName; }
  long getSizeBytes() { return sizeBytes; }
  byte[] getContent() { return content; }
  String getUploadedBy() { return uploadedBy; }
  Instant getUploadedAt() { return uploadedAt; }
}
