package org.reviewactions.identity;

/** A Camunda group was created by {@link RoleDirectory#ensureGroup}, with its type (e.g. {@link AgencyGroups#LEADS_TYPE}). */
public record GroupCreated(String groupId, String type) {}
