package org.reviewactions.action.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A file an owner uploads for an action. It waits unattached until the owner submits evidence, which
 * then claims every waiting file of the action.
 */
@Entity
public class EvidenceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false)
  private Long actionId;

  @Column(name = "evidence_id")
  private Long evidenceId;

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

  protected EvidenceFile() {}

  public EvidenceFile(Long actionId, String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
    this.actionId = actionId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public Long getActionId() { return actionId; }
  public Long getEvidenceId() { return evidenceId; }
  public void setEvidenceId(Long evidenceId) { this.evidenceId = evidenceId; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSizeBytes() { return sizeBytes; }
  public byte[] getContent() { return content; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
