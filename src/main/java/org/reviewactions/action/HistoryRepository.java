package org.reviewactions.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

  List<HistoryEntry> findByActionIdOrderByHappenedAtAscIdAsc(Long actionId);

  List<HistoryEntry> findByActionIdInOrderByHappenedAtAscIdAsc(java.util.Collection<Long> actionIds);

  /** What happened, of the given kinds and in the window, to the actions the person owns now (for their digest). */
  @org.springframework.data.jpa.repository.Query("select h from HistoryEntry h, Action a where h.actionId = a.id"
      + " and a.ownerUserId = :owner and h.kind in :kinds and h.happenedAt >= :since and h.happenedAt < :until"
      + " order by h.happenedAt, h.id")
  List<HistoryEntry> happenedToActionsOf(@org.springframework.data.repository.query.Param("owner") String owner,
      @org.springframework.data.repository.query.Param("kinds") java.util.Collection<String> kinds,
      @org.springframework.data.repository.query.Param("since") java.time.Instant since,
      @org.springframework.data.repository.query.Param("until") java.time.Instant until);
}
