package org.reviewactions.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponsibleRoleRepository extends JpaRepository<ResponsibleRole, Long> {

  Optional<ResponsibleRole> findByNameIgnoreCaseAndAgencyIgnoreCase(String name, String agency);

  List<ResponsibleRole> findByNameIgnoreCase(String name);

  boolean existsByHolderUserId(String holderUserId);
}
