package org.reviewactions.security;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how often an expression called it: the side effect an attacker's expression would have.
 * Public, so the engine's expression language can call it if it ever evaluates the expression.
 */
public class ExpressionMarker {

  final AtomicInteger calls = new AtomicInteger();

  public String mark() {
    calls.incrementAndGet();
    return "nobody";
  }
}
