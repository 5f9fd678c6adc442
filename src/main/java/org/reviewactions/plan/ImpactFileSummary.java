package org.reviewactions.plan;

import java.time.Instant;

/** An impact assessment's file without its content. */
record ImpactFileSummary(Long id, Long impactCheckId, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {}
