package org.reviewactions.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids (the key of every row it writes) as UUIDs of version 7, which begin with the time in
 * milliseconds, in place of the starter's time-based version 1, which begin with the fast-cycling low bits of the
 * time. Each id is the primary key and sits in several more indexes of its table and of the tables that point to
 * it; ids that sort in the order they are made are added at the right-hand edge of those B-trees, which fill their
 * pages, while version 1 ids land in the middle of what is already there whenever their 7-minute cycle wraps, or
 * behind the ids of an earlier cycle, and split pages into halves: the engine's indexes of an open action were
 * measured at about half full (bench/bench.py, docs/benchmarks.md). Still 36 characters, random in their last 74
 * bits, so unique across nodes; rows written under the old ids keep them.
 */
@Component
class TimeOrderedIds implements IdGenerator {

  /** Thread-safe, and monotonic within a millisecond. */
  private final NoArgGenerator generator = Generators.timeBasedEpochGenerator();

  @Override
  public String getNextId() {
    return generator.generate().toString();
  }
}
