-- Every query the application runs on its own tables uses an index (docs/operations.md, "Indexes", lists each
-- query with its index and ops/index-check.sh shows the plans on PostgreSQL at 50,000 actions). These three
-- were missing; PostgreSQL does not index a foreign key by itself.
-- Every engine listener and delegate of an action finds its action by its process instance (ActionService.byProcess).
create index ix_plan_action_process_instance on plan_action (process_instance_id);
-- Handing a role's open work to its new holder (PeopleAndRoles): the actions naming the role.
create index ix_plan_action_responsible_role on plan_action (responsible_role_id);
-- The files attached to an evidence submission (EvidenceService).
create index ix_evidence_file_evidence on evidence_file (evidence_id);
