-- Every query the application runs on its own tables uses an index (docs/operations.md, "Indexes", lists each
-- query with its index and ops/index-check.sh shows the plans on PostgreSQL at 50,000 actions). These were
-- missing; PostgreSQL does not index a foreign key by itself.
-- The action by its process instance (ActionService.byProcess) is indexed by V18 (ix_plan_action_process).
-- Handing a role's open work to its new holder (PeopleAndRoles): the actions naming the role.
create index ix_plan_action_responsible_role on plan_action (responsible_role_id);
-- The files attached to an evidence submission (EvidenceService).
create index ix_evidence_file_evidence on evidence_file (evidence_id);
