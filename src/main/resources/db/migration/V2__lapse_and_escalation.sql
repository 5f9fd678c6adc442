-- Lapses, escalation to the board, requests for more time and closure without completion.
alter table plan_action add column lapsed_at timestamp with time zone;
alter table plan_action add column escalated_at timestamp with time zone;
alter table plan_action add column closed_reason varchar(20000);
alter table plan_action add column extension_requested_date date;
alter table plan_action add column extension_reason varchar(20000);
