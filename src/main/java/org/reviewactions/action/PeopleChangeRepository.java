package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeopleChangeRepository extends JpaRepository<PeopleChange, Long> {

  List<PeopleChange> findTop50ByOrderByHappenedAtDescIdDesc();
}
