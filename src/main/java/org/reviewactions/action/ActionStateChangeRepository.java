package org.reviewactions.action;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ActionStateChangeRepository extends JpaRepository<ActionStateChange, Long> {

  /**
   * An action's kept states, latest first; {@code PageRequest.of(0, 1)} asks for the latest alone. Every fired lapse
   * asks it once, so it is written out rather than derived from the method's name, which Spring Data and Hibernate
   * turned into SQL again on every call. Hibernate does not flush the session before it: a state change is inserted
   * when it is saved (its id comes from the database), so no pending write can change the answer, and the flush
   * before the query only dirty-checked the transaction's entities once more (docs/benchmarks.md, "Timers: a fired
   * lapse's JVM time by the application's calls").
   */
  @Query("select s from ActionStateChange s where s.actionId = :actionId order by s.changedAt desc, s.id desc")
  @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
  List<ActionStateChange> latestFirst(@Param("actionId") Long actionId, Pageable page);

  List<ActionStateChange> findByActionIdInOrderByChangedAtAscIdAsc(Collection<Long> actionIds);
}
