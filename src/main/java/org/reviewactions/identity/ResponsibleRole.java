package org.reviewactions.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A role an action plan names as responsible ("Director of Nursing"). Work follows the role: when the
 * holder changes, open actions go to the new holder.
 */
@Entity
public class ResponsibleRole {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(nullable = false, length = 300)
  private String agency;

  @Column(name = "holder_user_id", length = 100)
  private String holderUserId;

  @Column(length = 300)
  private String email;

  protected ResponsibleRole() {}

  public ResponsibleRole(String name, String agency) {
    this.name = name;
    this.agency = agency;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getAgency() { return agency; }
  public String getHolderUserId() { return holderUserId; }
  public void setHolderUserId(String holderUserId) { this.holderUserId = holderUserId; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
}
