package org.reviewactions.oversight;

import java.util.List;

/** One page of rows (numbered from 1) and how many rows there are in all. */
record Paged<T>(List<T> rows, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }
}
